package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** The SHA-1 seed of RFC 6238 appendix B. */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesMatchTheTestVectorsOfRfc6238() {
		// the RFC gives 8 digits; six digits are its last six
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void base32RoundTripsAndSecretsAre160Bits() {
		assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("gezdgnbv gy3tqojq gezdgnbv gy3tqojq")).isEqualTo(RFC_KEY);
		String secret = Totp.newSecret();
		assertThat(Totp.fromBase32(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
	}

	@Test
	void aCodeOfTheNeighbouringStepIsAcceptedButNotOneFurtherAway() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0)).isEmpty();
		assertThat(Totp.match(RFC_KEY, "12345", now, 0)).isEmpty();
		assertThat(Totp.match(RFC_KEY, null, now, 0)).isEmpty();
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		String code = Totp.code(RFC_KEY, step);
		assertThat(Totp.match(RFC_KEY, code, now, step - 1)).hasValue(step);
		assertThat(Totp.match(RFC_KEY, code, now, step)).as("already used").isEmpty();
	}

	@Test
	void theOtpauthUriNamesTheIssuerAndTheAccount() {
		assertThat(Totp.uri("Gongzhi", "zhang san", "ABC"))
			.isEqualTo("otpauth://totp/Gongzhi%3Azhang%20san?secret=ABC&issuer=Gongzhi&digits=6&period=30");
	}

	@Test
	void officersMustEnrolEnrolledUsersOweACodeOthersNeitherByDefault() {
		Set<Role> officers = Set.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);
		assertThat(GongzhiUserDetailsService.secondFactorState(false, Set.of(Role.AUDITOR), officers))
			.isEqualTo(GongzhiUser.SecondFactorState.ENROLLMENT_REQUIRED);
		assertThat(GongzhiUserDetailsService.secondFactorState(true, Set.of(Role.AUDITOR), officers))
			.isEqualTo(GongzhiUser.SecondFactorState.PENDING);
		assertThat(GongzhiUserDetailsService.secondFactorState(true, Set.of(Role.GRID_WORKER), officers))
			.isEqualTo(GongzhiUser.SecondFactorState.PENDING);
		assertThat(GongzhiUserDetailsService.secondFactorState(false, Set.of(Role.GRID_WORKER), officers))
			.isEqualTo(GongzhiUser.SecondFactorState.NONE);
		assertThat(GongzhiUserDetailsService.secondFactorState(false, Set.of(Role.ADMIN), Set.of()))
			.isEqualTo(GongzhiUser.SecondFactorState.NONE);
	}

}
