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
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
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
	 * Recomputes the whole chain: every entry must hash to its stored hash and point to
	 * its predecessor, and the head must point to the last entry.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		String previous = GENESIS;
		long checked = 0;
		long after = 0;
		while (true) {
			List<AuditEntry> page = this.jdbc
				.sql("select * from audit_log where id > ? order by id fetch first 1000 rows only")
				.param(after)
				.query(AuditLog::entry)
				.list();
			for (AuditEntry entry : page) {
				if (entry.id() != checked + 1 || !entry.prevHash().equals(previous)
						|| !hash(entry).equals(entry.hash())) {
					return new Verification(false, checked, checked + 1);
				}
				previous = entry.hash();
				checked++;
			}
			if (page.size() < 1000) {
				break;
			}
			after = page.get(page.size() - 1).id();
		}
		Head head = this.jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		boolean intact = head.lastId() == checked && head.lastHash().equals(previous);
		return new Verification(intact, checked, intact ? null : checked + 1);
	}

	private String hash(AuditEntry entry) {
		String content = String.join("\n", String.valueOf(entry.id()),
				String.valueOf(entry.occurredAt().toEpochMilli()), Objects.toString(entry.actor(), ""), entry.action(),
				Objects.toString(entry.target(), ""), entry.outcome().name(), Objects.toString(entry.clientIp(), ""),
				Objects.toString(entry.detail(), ""), entry.prevHash());
		return this.hash.hex(content);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
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

	private record Head(long lastId, String lastHash) {
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
