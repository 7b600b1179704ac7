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

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecurityProperties properties;

	private final AuditLog audit;

	LoginAttempts(JdbcClient jdbc, Clock clock, SecurityProperties properties, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.audit = audit;
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
		this.jdbc.sql("insert into login_failure (username, failed_at) values (?, ?)")
			.params(key, Timestamp.from(now))
			.update();
		this.audit.record(key, "LOGIN_FAILED", key, AuditEntry.Outcome.FAILURE, null);
		int recent = this.jdbc.sql("select count(*) from login_failure where username = ? and failed_at > ?")
			.params(key, Timestamp.from(now.minus(this.properties.failureWindow())))
			.query(Integer.class)
			.single();
		if (recent >= this.properties.maxFailedLogins()) {
			this.jdbc.sql("delete from login_lock where username = ?").param(key).update();
			this.jdbc.sql("insert into login_lock (username, locked_until) values (?, ?)")
				.params(key, Timestamp.from(now.plus(this.properties.lockDuration())))
				.update();
			this.jdbc.sql("delete from login_failure where username = ?").param(key).update();
			this.audit.record(key, "ACCOUNT_LOCKED", key, AuditEntry.Outcome.SUCCESS,
					recent + " failed sign-ins, locked for " + this.properties.lockDuration().toMinutes() + " min");
		}
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

	/** Usernames are kept as typed, but not longer than the column. */
	private static String key(String username) {
		String key = (username != null) ? username.strip() : "";
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

}
