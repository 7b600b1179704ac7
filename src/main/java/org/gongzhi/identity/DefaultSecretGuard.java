package org.gongzhi.identity;

import java.util.Arrays;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a real deployment with the secret shipped in the code: outside the
 * {@code demo} and {@code test} profiles, {@code gongzhi.security.secret} must be set
 * (e.g. {@code GONGZHI_SECURITY_SECRET}) to a value of its own of at least 32 characters.
 */
@Component
class DefaultSecretGuard implements InitializingBean {

	private static final Set<String> PROFILES_ALLOWING_DEFAULTS = Set.of("demo", "test");

	private final SecurityProperties properties;

	private final Environment environment;

	DefaultSecretGuard(SecurityProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		check(this.properties.secret(), this.environment.getActiveProfiles());
	}

	static void check(String secret, String... activeProfiles) {
		if (Arrays.stream(activeProfiles).anyMatch(PROFILES_ALLOWING_DEFAULTS::contains)) {
			return;
		}
		if (secret == null || secret.isBlank() || SecurityProperties.DEFAULT_SECRET.equals(secret)) {
			throw new IllegalStateException("gongzhi.security.secret is left at its default: set "
					+ "GONGZHI_SECURITY_SECRET to a random value of at least " + SecurityProperties.MIN_SECRET_LENGTH
					+ " characters before running outside the demo profile");
		}
		if (secret.length() < SecurityProperties.MIN_SECRET_LENGTH) {
			throw new IllegalStateException("gongzhi.security.secret is too short: use at least "
					+ SecurityProperties.MIN_SECRET_LENGTH + " characters");
		}
	}

}
