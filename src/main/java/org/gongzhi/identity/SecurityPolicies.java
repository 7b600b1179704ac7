package org.gongzhi.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.gongzhi.shared.problem.ConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every rule of the sign-in and password policy asks for its values: the settings
 * the security administrator stored, over the configured defaults. Each node keeps a copy
 * and, once it is {@link #REFRESH} old, asks the database for the policy's version and
 * reloads only when another node changed it; a change made on this node counts at once.
 */
@Service
class SecurityPolicies {

	/** How long a node trusts its copy before it checks the version again. */
	static final Duration REFRESH = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityPolicy defaults;

	private final LongSupplier ticker;

	private volatile Snapshot snapshot;

	@Autowired
	SecurityPolicies(JdbcClient jdbc, SecurityProperties properties, AuditLog audit, Clock clock) {
		this(jdbc, properties, audit, clock, System::nanoTime);
	}

	/**
	 * @param ticker nanoseconds of a monotonic clock, for the age of the copy: not the
	 * application clock, which tests move back and forth
	 */
	SecurityPolicies(JdbcClient jdbc, SecurityProperties properties, AuditLog audit, Clock clock, LongSupplier ticker) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.ticker = ticker;
		this.defaults = SecurityPolicy.of(properties);
		List<SecurityPolicy.Violation> violations = this.defaults.violations();
		if (!violations.isEmpty()) {
			throw new IllegalStateException(
					"gongzhi.security.* is outside what 等保 level 3 allows: " + violations.stream()
						.map((violation) -> violation.field() + " " + violation.messageKey())
						.toList());
		}
	}

	/** A policy and the version it was stored under. */
	record Versioned(SecurityPolicy policy, long version) {
	}

	/** The policy in force. */
	SecurityPolicy current() {
		return versioned().policy();
	}

	/**
	 * The policy in force and its version, to change it without losing another's change.
	 */
	Versioned versioned() {
		long now = this.ticker.getAsLong();
		Snapshot copy = this.snapshot;
		if (copy != null && now - copy.checkedAt() < REFRESH.toNanos()) {
			return copy.versioned();
		}
		long version = storedVersion(false);
		copy = (copy != null && copy.versioned().version() == version) ? new Snapshot(copy.versioned(), now)
				// the version is read before the settings: a change in between is seen
				// as a newer version next time rather than hidden under this one
				: new Snapshot(new Versioned(this.defaults.with(stored()), version), now);
		this.snapshot = copy;
		return copy.versioned();
	}

	/** The policy as configured, before any change by the security administrator. */
	SecurityPolicy defaults() {
		return this.defaults;
	}

	/**
	 * Puts {@code changed} in force on every node, if it lies within the bounds of 等保
	 * level 3, and records each changed setting (old → new) in the audit log.
	 * @param expectedVersion the version the caller started from, or {@code null} to
	 * overwrite whatever is there
	 * @return the policy now in force
	 */
	@Transactional
	Versioned change(GongzhiUser caller, SecurityPolicy changed, Long expectedVersion) {
		requireSecurityAdmin(caller);
		List<SecurityPolicy.Violation> violations = changed.violations();
		if (!violations.isEmpty()) {
			throw new PolicyRejectedException(violations);
		}
		Versioned before = lockedForChange(expectedVersion);
		Map<String, String> settings = changed.settingsChangedFrom(before.policy());
		Timestamp now = Timestamp.from(this.clock.instant());
		settings.forEach((name, value) -> {
			int updated = this.jdbc
				.sql("update security_setting set setting_value = ?, changed_at = ?, changed_by = ? where name = ?")
				.params(value, now, caller.getUsername(), name)
				.update();
			if (updated == 0) {
				this.jdbc
					.sql("insert into security_setting (name, setting_value, changed_at, changed_by)"
							+ " values (?, ?, ?, ?)")
					.params(name, value, now, caller.getUsername())
					.update();
			}
		});
		return recorded(caller, before, changed, "SECURITY_POLICY_CHANGED");
	}

	/**
	 * Forgets every stored setting, so that the configured defaults are in force again;
	 * recorded like a change.
	 */
	@Transactional
	Versioned restoreDefaults(GongzhiUser caller, Long expectedVersion) {
		requireSecurityAdmin(caller);
		Versioned before = lockedForChange(expectedVersion);
		this.jdbc.sql("delete from security_setting").update();
		return recorded(caller, before, this.defaults, "SECURITY_POLICY_RESET");
	}

	/** The stored policy, its version locked until the change commits. */
	private Versioned lockedForChange(Long expectedVersion) {
		long version = storedVersion(true);
		if (expectedVersion != null && expectedVersion != version) {
			throw new ConflictException("identity.policy.changed-meanwhile");
		}
		return new Versioned(this.defaults.with(stored()), version);
	}

	/**
	 * Moves the version on, so that every node reloads, and records what changed; nothing
	 * when nothing did.
	 */
	private Versioned recorded(GongzhiUser caller, Versioned before, SecurityPolicy after, String action) {
		long version = before.version();
		List<String> changes = after.changesFrom(before.policy());
		if (changes.isEmpty()) {
			return before;
		}
		this.jdbc.sql("update security_setting_version set version = ? where id = 1").param(version + 1).update();
		this.audit.record(caller.getUsername(), action, "security policy", AuditEntry.Outcome.SUCCESS,
				String.join("; ", changes));
		forgetAfterCommit();
		return new Versioned(after, version + 1);
	}

	private static void requireSecurityAdmin(GongzhiUser caller) {
		if (!caller.hasRole(Role.SECURITY_ADMIN)) {
			throw new AccessDeniedException("security administrator only (三员分立)");
		}
	}

	private void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					SecurityPolicies.this.snapshot = null;
				}
			});
		}
		else {
			this.snapshot = null;
		}
	}

	/** The version of the stored policy; locked against a concurrent change if asked. */
	private long storedVersion(boolean forUpdate) {
		return this.jdbc
			.sql("select version from security_setting_version where id = 1" + (forUpdate ? " for update" : ""))
			.query(Long.class)
			.single();
	}

	private Map<String, String> stored() {
		Map<String, String> stored = new LinkedHashMap<>();
		this.jdbc.sql("select name, setting_value from security_setting")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((setting) -> stored.put(setting.getKey(), setting.getValue()));
		return stored;
	}

	private record Snapshot(Versioned versioned, long checkedAt) {
	}

}
