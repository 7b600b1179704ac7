package org.gongzhi.identity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DefaultSecretGuardTest {

	private static final String OWN_SECRET = "k3J9v0QmZr7TqW2xYpLs8NcVbH4dFgEa";

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(GuardOnly.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SecurityProperties.class)
	@Import(DefaultSecretGuard.class)
	static class GuardOnly {

	}

	@Test
	void theDefaultSecretIsRefusedOutsideDemoAndTest() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DefaultSecretGuard.check(SecurityProperties.DEFAULT_SECRET, "postgres"))
			.withMessageContaining("GONGZHI_SECURITY_SECRET");
		assertThatIllegalStateException().isThrownBy(() -> DefaultSecretGuard.check(SecurityProperties.DEFAULT_SECRET));
	}

	@Test
	void aMissingOrShortSecretIsRefusedOutsideDemoAndTest() {
		assertThatIllegalStateException().isThrownBy(() -> DefaultSecretGuard.check("", "postgres"));
		assertThatIllegalStateException().isThrownBy(() -> DefaultSecretGuard.check("short-secret", "postgres"))
			.withMessageContaining("32");
	}

	@Test
	void theDefaultSecretIsAcceptedInTheDemoAndTestProfiles() {
		assertThatNoException().isThrownBy(() -> DefaultSecretGuard.check(SecurityProperties.DEFAULT_SECRET, "demo"));
		assertThatNoException()
			.isThrownBy(() -> DefaultSecretGuard.check(SecurityProperties.DEFAULT_SECRET, "test", "postgres"));
	}

	@Test
	void anApplicationContextOutsideDemoAndTestWithTheDefaultSecretFailsToStart() {
		this.contexts.withInitializer((context) -> context.getEnvironment().setActiveProfiles("postgres"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("gongzhi.security.secret is left at its default"));
		this.contexts.withInitializer((context) -> context.getEnvironment().setActiveProfiles("postgres"))
			.withPropertyValues("gongzhi.security.secret=" + OWN_SECRET)
			.run((context) -> assertThat(context).hasNotFailed());
		this.contexts.withInitializer((context) -> context.getEnvironment().setActiveProfiles("demo"))
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void anOwnLongSecretIsAcceptedEverywhere() {
		assertThatNoException().isThrownBy(() -> DefaultSecretGuard.check(OWN_SECRET, "postgres"));
	}

}
