package org.gongzhi.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private static final SecurityPolicy LEVEL_3 = new SecurityPolicy(8, 3, 90, 5, 5, 15, 15, 30, 3, Set.of());

	private SecurityPolicy inForce = LEVEL_3;

	private final PasswordPolicy policy = new PasswordPolicy(() -> this.inForce);

	@Test
	void aLongPasswordWithThreeKindsOfCharactersIsAccepted() {
		assertThat(this.policy.violations("zhang", "Gongzhi@2026")).isEmpty();
		assertThat(this.policy.violations("zhang", "gongzhi@2026")).isEmpty();
	}

	@Test
	void aShortPasswordIsRejectedWithTheMinimumLength() {
		assertThat(this.policy.violations("zhang", "Ab1@")).singleElement()
			.satisfies((violation) -> assertThat(violation.messageKey()).isEqualTo("identity.password.too-short"))
			.satisfies((violation) -> assertThat(violation.arguments()).containsExactly(8));
	}

	@Test
	void aPasswordOfOnlyTwoKindsOfCharactersIsTooSimple() {
		assertThat(keys("zhang", "gongzhi2026")).containsExactly("identity.password.too-simple");
		assertThat(keys("zhang", "GONGZHIgongzhi")).containsExactly("identity.password.too-simple");
	}

	@Test
	void aPasswordContainingTheUsernameIsRejectedWhateverItsCase() {
		assertThat(keys("wangwu", "WangWu@2026")).containsExactly("identity.password.contains-username");
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsRejectedBecauseBcryptWouldIgnoreTheRest() {
		assertThat(keys("zhang", "Aa1@" + "密".repeat(30))).containsExactly("identity.password.too-long");
	}

	@Test
	void aPasswordExpiresAfterNinetyDays() {
		Instant changed = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(this.policy.expired(changed, changed.plus(Duration.ofDays(90)))).isFalse();
		assertThat(this.policy.expired(changed, changed.plus(Duration.ofDays(91)))).isTrue();
		assertThat(this.policy.expired(null, changed)).as("never set").isTrue();
	}

	@Test
	void theSecurityAdministratorsStricterRulesApplyAtOnce() {
		this.inForce = new SecurityPolicy(12, 4, 0, 5, 5, 15, 15, 30, 3, Set.of());
		assertThat(this.policy.violations("zhang", "Gongzhi@202")).singleElement()
			.satisfies((violation) -> assertThat(violation.arguments()).containsExactly(12));
		assertThat(keys("zhang", "Gongzhi@2026abc")).isEmpty();
		assertThat(this.policy.violations("zhang", "gongzhi@2026abc")).singleElement()
			.satisfies((violation) -> assertThat(violation.messageKey()).isEqualTo("identity.password.too-simple"))
			.satisfies((violation) -> assertThat(violation.arguments()).containsExactly(4));
		Instant changed = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(this.policy.expired(changed, changed.plus(Duration.ofDays(3650)))).as("no periodic change")
			.isFalse();
	}

	private java.util.List<String> keys(String username, String password) {
		return this.policy.violations(username, password).stream().map(PasswordPolicy.Violation::messageKey).toList();
	}

}
