package org.gongzhi.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Idempotency-Key of each caller's reports with the first response, so that a retry
 * (after a lost response, a double tap) answers that response instead of a second case.
 */
@Repository
class IdempotencyKeys {

	private static final String INSERT = "insert into case_idempotency (caller_id, idem_key, request_hash, case_id,"
			+ " status, body, created_at) values (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	IdempotencyKeys(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	Optional<Stored> find(long callerId, String key) {
		return this.jdbc.sql(
				"select request_hash, case_id, status, body from case_idempotency where caller_id = ? and idem_key = ?")
			.params(callerId, key)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
			.optional();
	}

	/** Fails with a duplicate key if a concurrent retry stored the key first. */
	void save(First first) {
		this.jdbc.sql(INSERT).params(row(first)).update();
	}

	/**
	 * Stores the first responses of several keys in one JDBC batch, in the order of
	 * caller and key (the same for every batch, so no lock cycles); fails with a
	 * duplicate key if some other request stored one of them first.
	 */
	void saveAll(List<First> firsts) {
		List<Object[]> rows = firsts.stream()
			.sorted(Comparator.comparingLong(First::callerId).thenComparing(First::key))
			.map(IdempotencyKeys::row)
			.toList();
		this.batches.batchUpdate(INSERT, rows);
	}

	private static Object[] row(First first) {
		return new Object[] { first.callerId(), first.key(), first.requestHash(), first.caseId(), first.status(),
				first.body(), CaseStore.timestamp(first.at()) };
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

	/**
	 * A first response to store.
	 *
	 * @param callerId who reported
	 * @param key their Idempotency-Key
	 * @param requestHash hash of the request
	 * @param caseId the case it created
	 * @param status its HTTP status
	 * @param body its JSON body
	 * @param at when
	 */
	record First(long callerId, String key, String requestHash, long caseId, int status, String body, Instant at) {
	}

}
