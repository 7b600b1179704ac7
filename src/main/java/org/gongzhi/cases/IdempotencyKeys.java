package org.gongzhi.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Idempotency-Key of each caller's reports with the first response, so that a retry
 * (after a lost response, a double tap) answers that response instead of a second case.
 */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(long callerId, String key) {
		return this.jdbc.sql(
				"select request_hash, case_id, status, body from case_idempotency where caller_id = ? and idem_key = ?")
			.params(callerId, key)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
			.optional();
	}

	/** Fails with a duplicate key if a concurrent retry stored the key first. */
	void save(long callerId, String key, String requestHash, long caseId, int status, String body, Instant at) {
		this.jdbc
			.sql("insert into case_idempotency (caller_id, idem_key, request_hash, case_id, status, body, created_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(callerId, key, requestHash, caseId, status, body, CaseStore.timestamp(at))
			.update();
	}

	static String hash(String request) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first response to a key.
	 *
	 * @param requestHash hash of the first request, to refuse a different one under the
	 * same key
	 * @param caseId the case it created
	 * @param status its HTTP status
	 * @param body its JSON body
	 */
	record Stored(String requestHash, long caseId, int status, String body) {
	}

}
