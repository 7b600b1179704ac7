package org.gongzhi.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sign-in and password policy in force: as the security administrator set it or,
 * until they do, as configured under {@code gongzhi.security.*}. Every value must stay
 * within what 等保 2.0 level 3 (GB/T 22239-2019, 8.1.4.1 身份鉴别 and 8.1.4.2 访问控制) allows; the
 * bounds, and why:
 * <ul>
 * <li>{@code passwordMinLength} 8–64: 8 characters is the level-3 minimum assessors
 * expect for 鉴别信息复杂度; above 64 a password of multi-byte characters no longer fits the 72
 * bytes bcrypt reads.</li>
 * <li>{@code passwordClasses} 3–4 of upper case, lower case, digits, symbols: level 3
 * asks for a mix, three classes is the accepted minimum.</li>
 * <li>{@code passwordMaxAgeDays} 0 (no periodic change) or 30–180: the issue makes expiry
 * optional (forced changes breed predictable passwords); when on, less than 30 days
 * drives people to write passwords down, and 180 days is the longest period accepted as
 * 定期更换.</li>
 * <li>{@code passwordHistory} 3–24: without remembering a few earlier passwords a
 * periodic change is undone at once; 24 is the usual upper end.</li>
 * <li>{@code maxFailedLogins} 3–10: 登录失败处理 must limit guessing (at most 10 attempts), but
 * fewer than 3 locks people out over a typo and lets anyone lock any account.</li>
 * <li>{@code failureWindowMinutes} 5–1440: a shorter window lets a guesser pace the
 * attempts below the limit; a day is the longest that still forgets old typos.</li>
 * <li>{@code lockMinutes} 10–1440: shorter than 10 minutes hardly slows a guesser; longer
 * than a day is a denial of service for the owner (the security administrator can unlock
 * earlier).</li>
 * <li>{@code idleTimeoutMinutes} 5–30: 登录连接超时自动退出; assessors accept at most 30 minutes,
 * which is also how long the session store keeps an idle session.</li>
 * <li>{@code maxSessionsPerUser} 1–5: level 3 asks to limit the concurrent sessions of
 * one account; a person rarely needs more than a desk, a laptop and a phone.</li>
 * <li>{@code secondFactorRoles} any roles but RESIDENT: level 3 asks for two kinds of
 * authentication for the administrators (the default lists the three officers); residents
 * sign in by SMS code and have no authenticator app.</li>
 * </ul>
 *
 * @param passwordMinLength minimum password length
 * @param passwordClasses how many of the four character classes a password must mix
 * @param passwordMaxAgeDays a password older than this must be changed; 0 for never
 * @param passwordHistory how many earlier passwords may not be reused
 * @param maxFailedLogins failed sign-ins within the window that lock a username
 * @param failureWindowMinutes window in which failed sign-ins are counted
 * @param lockMinutes how long a locked username stays locked
 * @param idleTimeoutMinutes a session ends after this long without a request
 * @param maxSessionsPerUser sessions one account may hold at once
 * @param secondFactorRoles roles that must sign in with an authenticator app
 */
record SecurityPolicy(int passwordMinLength, int passwordClasses, int passwordMaxAgeDays, int passwordHistory,
		int maxFailedLogins, int failureWindowMinutes, int lockMinutes, int idleTimeoutMinutes, int maxSessionsPerUser,
		Set<Role> secondFactorRoles) {

	/** The allowed range of each numeric setting, by name, in the order of the form. */
	static final Map<String, Bound> BOUNDS = bounds();

	/** Password age limits when expiry is on; 0 days turns it off. */
	static final String MAX_AGE = "passwordMaxAgeDays";

	static final String SECOND_FACTOR_ROLES = "secondFactorRoles";

	SecurityPolicy {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(secondFactorRoles);
		secondFactorRoles = Collections.unmodifiableSet(roles);
	}

	/** The policy as configured under {@code gongzhi.security.*}. */
	static SecurityPolicy of(SecurityProperties properties) {
		return new SecurityPolicy(properties.passwordMinLength(), properties.passwordClasses(),
				(int) properties.passwordMaxAge().toDays(), properties.passwordHistory(), properties.maxFailedLogins(),
				(int) properties.failureWindow().toMinutes(), (int) properties.lockDuration().toMinutes(),
				(int) properties.idleTimeout().toMinutes(), properties.maxSessionsPerUser(),
				properties.secondFactorRoles());
	}

	/** A range of allowed values, both ends included. */
	record Bound(int min, int max) {

		boolean contains(int value) {
			return value >= this.min && value <= this.max;
		}

	}

	/** One setting outside its bounds: the field, the message key and its arguments. */
	record Violation(String field, String messageKey, Object... arguments) {
	}

	/**
	 * Everything outside the bounds of 等保 level 3; empty when the policy is acceptable.
	 */
	List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		numbers().forEach((name, value) -> {
			Bound bound = BOUNDS.get(name);
			if (name.equals(MAX_AGE)) {
				if (value != 0 && !bound.contains(value)) {
					violations.add(new Violation(name, "identity.policy.max-age-range", bound.min(), bound.max()));
				}
			}
			else if (!bound.contains(value)) {
				violations.add(new Violation(name, "identity.policy.out-of-range", bound.min(), bound.max()));
			}
		});
		if (this.secondFactorRoles.contains(Role.RESIDENT)) {
			violations.add(new Violation(SECOND_FACTOR_ROLES, "identity.policy.no-residents"));
		}
		return violations;
	}

	/** The numeric settings by name. */
	Map<String, Integer> numbers() {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		numbers.put("passwordMinLength", this.passwordMinLength);
		numbers.put("passwordClasses", this.passwordClasses);
		numbers.put(MAX_AGE, this.passwordMaxAgeDays);
		numbers.put("passwordHistory", this.passwordHistory);
		numbers.put("maxFailedLogins", this.maxFailedLogins);
		numbers.put("failureWindowMinutes", this.failureWindowMinutes);
		numbers.put("lockMinutes", this.lockMinutes);
		numbers.put("idleTimeoutMinutes", this.idleTimeoutMinutes);
		numbers.put("maxSessionsPerUser", this.maxSessionsPerUser);
		return numbers;
	}

	/** Every setting as it is stored: by name, as text. */
	Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		numbers().forEach((name, value) -> settings.put(name, String.valueOf(value)));
		settings.put(SECOND_FACTOR_ROLES,
				this.secondFactorRoles.stream().map(Role::name).collect(Collectors.joining(",")));
		return settings;
	}

	/**
	 * This policy with the stored settings laid over it; a setting stored but no longer
	 * understood is left at this policy's value.
	 */
	SecurityPolicy with(Map<String, String> stored) {
		Map<String, Integer> numbers = numbers();
		stored.forEach((name, value) -> {
			if (numbers.containsKey(name) && value.matches("\\d{1,6}")) {
				numbers.put(name, Integer.parseInt(value));
			}
		});
		Set<Role> roles = this.secondFactorRoles;
		String storedRoles = stored.get(SECOND_FACTOR_ROLES);
		if (storedRoles != null) {
			roles = EnumSet.noneOf(Role.class);
			for (String role : storedRoles.split(",")) {
				if (!role.isBlank()) {
					roles.add(Role.valueOf(role.strip()));
				}
			}
		}
		return new SecurityPolicy(numbers.get("passwordMinLength"), numbers.get("passwordClasses"),
				numbers.get(MAX_AGE), numbers.get("passwordHistory"), numbers.get("maxFailedLogins"),
				numbers.get("failureWindowMinutes"), numbers.get("lockMinutes"), numbers.get("idleTimeoutMinutes"),
				numbers.get("maxSessionsPerUser"), roles);
	}

	/** What differs from {@code before}, one {@code "name old → new"} per setting. */
	List<String> changesFrom(SecurityPolicy before) {
		Map<String, String> old = before.settings();
		List<String> changes = new ArrayList<>();
		settings().forEach((name, value) -> {
			if (!value.equals(old.get(name))) {
				changes.add(name + " " + display(old.get(name)) + " → " + display(value));
			}
		});
		return changes;
	}

	/** The settings of this policy that differ from {@code before}. */
	Map<String, String> settingsChangedFrom(SecurityPolicy before) {
		Map<String, String> old = before.settings();
		Map<String, String> changed = new LinkedHashMap<>();
		settings().forEach((name, value) -> {
			if (!value.equals(old.get(name))) {
				changed.put(name, value);
			}
		});
		return changed;
	}

	Duration idleTimeout() {
		return Duration.ofMinutes(this.idleTimeoutMinutes);
	}

	Duration failureWindow() {
		return Duration.ofMinutes(this.failureWindowMinutes);
	}

	Duration lockDuration() {
		return Duration.ofMinutes(this.lockMinutes);
	}

	/** Whether passwords must be changed periodically at all. */
	boolean passwordsExpire() {
		return this.passwordMaxAgeDays > 0;
	}

	Duration passwordMaxAge() {
		return Duration.ofDays(this.passwordMaxAgeDays);
	}

	private static String display(String value) {
		return value.isEmpty() ? "[]" : value;
	}

	private static Map<String, Bound> bounds() {
		Map<String, Bound> bounds = new LinkedHashMap<>();
		bounds.put("passwordMinLength", new Bound(8, 64));
		bounds.put("passwordClasses", new Bound(3, 4));
		bounds.put(MAX_AGE, new Bound(30, 180));
		bounds.put("passwordHistory", new Bound(3, 24));
		bounds.put("maxFailedLogins", new Bound(3, 10));
		bounds.put("failureWindowMinutes", new Bound(5, 1440));
		bounds.put("lockMinutes", new Bound(10, 1440));
		bounds.put("idleTimeoutMinutes", new Bound(5, 30));
		bounds.put("maxSessionsPerUser", new Bound(1, 5));
		return Collections.unmodifiableMap(bounds);
	}

}
