package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * What a password must be (等保 level 3): long enough, at least three of upper case, lower
 * case, digits and symbols, not containing the username, not one of the last few, and
 * changed when it grows too old.
 */
@Component
class PasswordPolicy {

	/** bcrypt looks at 72 bytes at most. */
	static final int MAX_BYTES = 72;

	private final SecurityProperties properties;

	PasswordPolicy(SecurityProperties properties) {
		this.properties = properties;
	}

	/** A rejected password: the message key and its arguments. */
	record Violation(String messageKey, Object... arguments) {
	}

	/** Everything wrong with {@code raw} as a password of {@code username}. */
	List<Violation> violations(String username, String raw) {
		List<Violation> violations = new ArrayList<>();
		if (raw == null || raw.length() < this.properties.passwordMinLength()) {
			violations.add(new Violation("identity.password.too-short", this.properties.passwordMinLength()));
			return violations;
		}
		if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			violations.add(new Violation("identity.password.too-long", MAX_BYTES));
		}
		if (characterClasses(raw) < 3) {
			violations.add(new Violation("identity.password.too-simple"));
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

	/** Whether a password set at {@code changedAt} is too old at {@code now}. */
	boolean expired(Instant changedAt, Instant now) {
		return changedAt == null || changedAt.plus(this.properties.passwordMaxAge()).isBefore(now);
	}

	int historySize() {
		return this.properties.passwordHistory();
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
