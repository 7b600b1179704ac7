package org.gongzhi.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(SecurityProperties.DEFAULT_SECRET,
			Duration.ofMinutes(30), 5, Duration.ofMinutes(15), Duration.ofMinutes(30), 8, Duration.ofDays(90), 5,
			Duration.ofDays(180), 3, 30, java.util.Set.of()));

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

	private java.util.List<String> keys(String username, String password) {
		return this.policy.violations(username, password).stream().map(PasswordPolicy.Violation::messageKey).toList();
	}

}
