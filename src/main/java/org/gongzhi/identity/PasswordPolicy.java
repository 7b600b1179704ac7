package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a password must be (等保 level 3): long enough, mixing enough of upper case, lower
 * case, digits and symbols, not containing the username, not one of the last few, and
 * changed when it grows too old. The numbers come from the {@link SecurityPolicy} in
 * force.
 */
@Component
class PasswordPolicy {

	/** bcrypt looks at 72 bytes at most. */
	static final int MAX_BYTES = 72;

	private final Supplier<SecurityPolicy> policy;

	@Autowired
	PasswordPolicy(SecurityPolicies policies) {
		this(policies::current);
	}

	PasswordPolicy(Supplier<SecurityPolicy> policy) {
		this.policy = policy;
	}

	/** A rejected password: the message key and its arguments. */
	record Violation(String messageKey, Object... arguments) {
	}

	/** Everything wrong with {@code raw} as a password of {@code username}. */
	List<Violation> violations(String username, String raw) {
		SecurityPolicy policy = this.policy.get();
		List<Violation> violations = new ArrayList<>();
		if (raw == null || raw.length() < policy.passwordMinLength()) {
			violations.add(new Violation("identity.password.too-short", policy.passwordMinLength()));
			return violations;
		}
		if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			violations.add(new Violation("identity.password.too-long", MAX_BYTES));
		}
		if (characterClasses(raw) < policy.passwordClasses()) {
			violations.add(new Violation("identity.password.too-simple", policy.passwordClasses()));
		}
		if (username != null && !username.isBlank()
				&& raw.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			violations.add(new Violation("identity.password.contains-username"));
		}
		return violations;
	}

	/** Throws a 400 problem naming the first violation, if any. */
	void requireAcceptable(String username, String raw) {
		List<Violation> violations = violations(username, raw);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.get(0).messageKey(), violations.get(0).arguments());
		}
	}

	/**
	 * Whether a password set at {@code changedAt} is too old at {@code now}; never when
	 * the policy does not ask for periodic changes.
	 */
	boolean expired(Instant changedAt, Instant now) {
		SecurityPolicy policy = this.policy.get();
		return policy.passwordsExpire() && (changedAt == null || changedAt.plus(policy.passwordMaxAge()).isBefore(now));
	}

	int historySize() {
		return this.policy.get().passwordHistory();
	}

	/** The minimum length and the character classes, for the rules shown by a form. */
	SecurityPolicy rules() {
		return this.policy.get();
	}

	private static int characterClasses(String raw) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
