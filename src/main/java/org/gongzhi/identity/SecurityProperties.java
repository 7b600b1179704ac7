package org.gongzhi.identity;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security settings of {@code gongzhi.security.*}; the defaults follow 等保 level 3.
 * The sign-in and password settings are only the defaults of the {@link SecurityPolicy}:
 * the security administrator changes them at run time ({@link SecurityPolicies}), so
 * nothing but {@code SecurityPolicies} reads them from here.
 *
 * @param secret key for the keyed hashes of API tokens and of the audit chain; must be
 * replaced outside the demo and test profiles
 * @param idleTimeout a signed-in session ends after this long without a request
 * @param maxFailedLogins failed sign-ins within {@code failureWindow} that lock a
 * username
 * @param failureWindow window in which failed sign-ins are counted
 * @param lockDuration how long a locked username stays locked
 * @param passwordMinLength minimum password length
 * @param passwordClasses how many of upper case, lower case, digits and symbols a
 * password must mix
 * @param passwordMaxAge a password older than this must be changed at the next sign-in;
 * zero for never
 * @param passwordHistory how many earlier passwords may not be reused
 * @param apiTokenValidity validity of a new API token unless another is asked for
 * @param maxSessionsPerUser signed-in sessions one account may hold at once; a further
 * sign-in ends the oldest
 * @param signInsPerMinutePerAddress sign-in attempts one client address may make in a
 * minute
 * @param secondFactorRoles roles that must sign in with a second factor (TOTP); anyone
 * else may enrol by choice
 * @param auditRetention audit entries stay in the live table at least this long, then
 * move to the archive; never less than {@link #MIN_AUDIT_RETENTION}
 */
@ConfigurationProperties("gongzhi.security")
record SecurityProperties(@DefaultValue(DEFAULT_SECRET) String secret, @DefaultValue("30m") Duration idleTimeout,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("8") int passwordMinLength,
		@DefaultValue("3") int passwordClasses, @DefaultValue("90d") Duration passwordMaxAge,
		@DefaultValue("5") int passwordHistory, @DefaultValue("180d") Duration apiTokenValidity,
		@DefaultValue("3") int maxSessionsPerUser, @DefaultValue("30") int signInsPerMinutePerAddress, @DefaultValue( {
				"ADMIN", "SECURITY_ADMIN", "AUDITOR" }) Set<Role> secondFactorRoles,
		@DefaultValue("180d") Duration auditRetention){

	/** The secret shipped with the code: good for the demo and tests only. */
	static final String DEFAULT_SECRET = "gongzhi-default-secret-change-me";

	static final int MIN_SECRET_LENGTH = 32;

	/** 等保 level 3 keeps audit records at least six months (网络安全法 第二十一条). */
	static final Duration MIN_AUDIT_RETENTION = Duration.ofDays(180);

}
