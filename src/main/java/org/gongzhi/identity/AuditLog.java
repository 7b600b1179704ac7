package org.gongzhi.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only, hash-chained security audit log (等保: logins, account changes, exports,
 * every view of sensitive personal information). Other modules record their own actions
 * through {@link #record}. Only the AUDITOR role reads it.
 */
@Service
public class AuditLog {

	private static final int MAX_DETAIL = 500;

	/** The hash the first entry points to. */
	private static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final KeyedHash hash;

	AuditLog(JdbcClient jdbc, Clock clock, KeyedHash hash) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.hash = hash;
	}

	/**
	 * Records an action of the current user, in the caller's transaction: if the change
	 * rolls back, so does its entry.
	 * @param action what was done, upper case, e.g. {@code EXPORT_PERSONS}
	 * @param target what it was done to
	 * @param outcome how it ended
	 * @param detail a short note: never a password, token or personal data
	 */
	@Transactional
	public void record(String action, String target, AuditEntry.Outcome outcome, String detail) {
		record(currentActor(), action, target, outcome, detail);
	}

	/**
	 * Records an action in a transaction of its own, so that it stays recorded whatever
	 * becomes of the caller's (e.g. a refusal inside a read-only transaction).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSeparately(String actor, String action, String target, AuditEntry.Outcome outcome, String detail) {
		record(actor, action, target, outcome, detail);
	}

	/** Records an action of a named actor, e.g. the username typed at sign-in. */
	@Transactional
	void record(String actor, String action, String target, AuditEntry.Outcome outcome, String detail) {
		Head head = this.jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), 0, null))
			.single();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String note = (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL) : detail;
		AuditEntry entry = new AuditEntry(head.lastId() + 1, now, truncate(actor, 64), action, truncate(target, 200),
				outcome, clientIp(), note, head.lastHash(), null);
		String hash = hash(entry);
		this.jdbc
			.sql("insert into audit_log (id, occurred_at, actor, action, target, outcome, client_ip, detail,"
					+ " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), Timestamp.from(now), entry.actor(), action, entry.target(), outcome.name(),
					entry.clientIp(), note, entry.prevHash(), hash)
			.update();
		this.jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1")
			.params(entry.id(), hash)
			.update();
	}

	/** The newest entries first, optionally only those of one action or actor. */
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(String action, String actor, int limit) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select * from audit_log where 1 = 1");
		if (action != null && !action.isBlank()) {
			sql.append(" and action = ?");
			params.add(action);
		}
		if (actor != null && !actor.isBlank()) {
			sql.append(" and actor = ?");
			params.add(actor);
		}
		sql.append(" order by id desc fetch first ").append(Math.max(1, Math.min(limit, 1000))).append(" rows only");
		return this.jdbc.sql(sql.toString()).params(params).query(AuditLog::entry).list();
	}

	/**
	 * Recomputes the whole chain, the archived part and the live one: every entry must
	 * hash to its stored hash and point to its predecessor, the archive must end in the
	 * anchor the live part starts from, and the head must point to the last entry. Read
	 * as one snapshot, so that entries appended or archived meanwhile do not count.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Verification verify() {
		Head head = this.jdbc
			.sql("select last_id, last_hash, archived_id, archived_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.single();
		Chain chain = new Chain();
		if (!chain.walk("audit_log_archive", head.archivedId()) || !chain.endsIn(head.archivedId(), head.archivedHash())
				|| !chain.walk("audit_log", head.lastId()) || !chain.endsIn(head.lastId(), head.lastHash())) {
			return new Verification(false, chain.checked, chain.checked + 1);
		}
		return new Verification(true, chain.checked, null);
	}

	/** Walks the entries in id order, from the first, as long as they are intact. */
	private final class Chain {

		private String previous = GENESIS;

		private long checked;

		/** Checks the entries of {@code table} up to {@code lastId}; false at a break. */
		boolean walk(String table, long lastId) {
			while (this.checked < lastId) {
				List<AuditEntry> page = AuditLog.this.jdbc
					.sql("select * from " + table + " where id > ? and id <= ? order by id fetch first 1000 rows only")
					.params(this.checked, lastId)
					.query(AuditLog::entry)
					.list();
				if (page.isEmpty()) {
					return false;
				}
				for (AuditEntry entry : page) {
					if (entry.id() != this.checked + 1 || !entry.prevHash().equals(this.previous)
							|| !hash(entry).equals(entry.hash())) {
						return false;
					}
					this.previous = entry.hash();
					this.checked++;
				}
			}
			return true;
		}

		/** Whether the entries checked so far end in the given entry and hash. */
		boolean endsIn(long id, String hash) {
			return this.checked == id && this.previous.equals(hash);
		}

	}

	private String hash(AuditEntry entry) {
		String content = String.join("\n", String.valueOf(entry.id()),
				String.valueOf(entry.occurredAt().toEpochMilli()), Objects.toString(entry.actor(), ""), entry.action(),
				Objects.toString(entry.target(), ""), entry.outcome().name(), Objects.toString(entry.clientIp(), ""),
				Objects.toString(entry.detail(), ""), entry.prevHash());
		return this.hash.hex(content);
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("target"), AuditEntry.Outcome.valueOf(rs.getString("outcome")),
				rs.getString("client_ip"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getPrincipal() instanceof GongzhiUser user) ? user.getUsername() : null;
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

	private record Head(long lastId, String lastHash, long archivedId, String archivedHash) {
	}

	/**
	 * The result of checking the chain.
	 *
	 * @param intact whether every entry and the head are as written
	 * @param checked how many entries were checked and found intact
	 * @param firstBrokenId the first entry that does not match, if any
	 */
	public record Verification(boolean intact, long checked, Long firstBrokenId) {
	}

}
