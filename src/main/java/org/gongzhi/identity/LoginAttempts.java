package org.gongzhi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username typed and locks the username after too many within
 * the window (等保: 登录失败处理). Unknown usernames are counted and locked the same way, so the
 * answer never tells whether an account exists.
 */
@Service
class LoginAttempts {

	static final String UNKNOWN = "unknown account";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecurityPolicies policies;

	private final AuditLog audit;

	private final KeyedHash hash;

	private final UserStore users;

	LoginAttempts(JdbcClient jdbc, Clock clock, SecurityPolicies policies, AuditLog audit, KeyedHash hash,
			UserStore users) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policies = policies;
		this.audit = audit;
		this.hash = hash;
		this.users = users;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from login_lock where username = ? and locked_until > ?")
			.params(key(username), Timestamp.from(this.clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	/** Records a failure; locks the username when it was one too many. */
	@Transactional
	void failed(String username) {
		String key = key(username);
		Instant now = this.clock.instant();
		SecurityPolicy policy = this.policies.current();
		this.jdbc.sql("insert into login_failure (username, failed_at) values (?, ?)")
			.params(key, Timestamp.from(now))
			.update();
		String actor = knownOrNull(username);
		this.audit.record(actor, "LOGIN_FAILED", actor, AuditEntry.Outcome.FAILURE, (actor != null) ? null : UNKNOWN);
		int recent = this.jdbc.sql("select count(*) from login_failure where username = ? and failed_at > ?")
			.params(key, Timestamp.from(now.minus(policy.failureWindow())))
			.query(Integer.class)
			.single();
		if (recent >= policy.maxFailedLogins()) {
			this.jdbc.sql("delete from login_lock where username = ?").param(key).update();
			this.jdbc.sql("insert into login_lock (username, locked_until) values (?, ?)")
				.params(key, Timestamp.from(now.plus(policy.lockDuration())))
				.update();
			this.jdbc.sql("delete from login_failure where username = ?").param(key).update();
			this.audit.record(actor, "ACCOUNT_LOCKED", actor, AuditEntry.Outcome.SUCCESS,
					((actor != null) ? "" : UNKNOWN + ": ") + recent + " failed sign-ins, locked for "
							+ policy.lockMinutes() + " min");
		}
	}

	/** Records a sign-in refused because the username is locked. */
	@Transactional
	void refusedWhileLocked(String username) {
		String actor = knownOrNull(username);
		this.audit.record(actor, "LOGIN_FAILED", actor, AuditEntry.Outcome.DENIED,
				(actor != null) ? "locked" : UNKNOWN + ", locked");
	}

	/** A successful sign-in forgets the earlier failures. */
	@Transactional
	void succeeded(String username) {
		this.jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
	}

	/** Lifts a lock before its time (by a security administrator). */
	@Transactional
	void unlock(String username) {
		this.jdbc.sql("delete from login_lock where username = ?").param(key(username)).update();
		this.jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
	}

	/**
	 * Failures are kept under a keyed hash of the name typed, never the name itself:
	 * people sometimes type their password into the username field.
	 */
	private String key(String username) {
		return this.hash.hex("login:" + ((username != null) ? username.strip() : ""));
	}

	/** The username if such an account exists: an unknown name typed is not recorded. */
	private String knownOrNull(String username) {
		return (username != null && this.users.findByUsername(username.strip()).isPresent()) ? username.strip() : null;
	}

}
