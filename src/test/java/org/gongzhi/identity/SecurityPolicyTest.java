package org.gongzhi.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

class SecurityPolicyTest {

	private static final SecurityPolicy LEVEL_3 = new SecurityPolicy(8, 3, 90, 5, 5, 15, 15, 30, 3,
			Set.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR));

	@Test
	void theShippedDefaultsAreWithinTheBounds() {
		assertThat(LEVEL_3.violations()).isEmpty();
		assertThat(new SecurityPolicy(8, 3, 0, 5, 5, 15, 15, 30, 3, Set.of()).violations())
			.as("no periodic change, no second factor")
			.isEmpty();
	}

	@Test
	void eachBoundIsCheckedAtBothEnds() {
		assertThat(fields(new SecurityPolicy(7, 2, 29, 2, 2, 4, 9, 4, 0, Set.of()))).containsExactly(
				"passwordMinLength", "passwordClasses", "passwordMaxAgeDays", "passwordHistory", "maxFailedLogins",
				"failureWindowMinutes", "lockMinutes", "idleTimeoutMinutes", "maxSessionsPerUser");
		assertThat(fields(new SecurityPolicy(65, 5, 181, 25, 11, 1441, 1441, 31, 6, Set.of(Role.RESIDENT))))
			.containsExactly("passwordMinLength", "passwordClasses", "passwordMaxAgeDays", "passwordHistory",
					"maxFailedLogins", "failureWindowMinutes", "lockMinutes", "idleTimeoutMinutes",
					"maxSessionsPerUser", "secondFactorRoles");
		assertThat(new SecurityPolicy(64, 4, 180, 24, 10, 1440, 1440, 30, 5, Set.of(Role.LEADER)).violations())
			.isEmpty();
	}

	@Test
	void storedSettingsLieOverTheDefaultsAndChangesReadOldToNew() {
		SecurityPolicy stored = LEVEL_3.with(Map.of("maxFailedLogins", "3", "secondFactorRoles", "", "unknown", "1"));
		assertThat(stored.maxFailedLogins()).isEqualTo(3);
		assertThat(stored.secondFactorRoles()).isEmpty();
		assertThat(stored.lockMinutes()).isEqualTo(15);
		assertThat(stored.changesFrom(LEVEL_3)).containsExactly("maxFailedLogins 5 → 3",
				"secondFactorRoles ADMIN,AUDITOR,SECURITY_ADMIN → []");
		assertThat(LEVEL_3.with(stored.settings())).isEqualTo(stored);
	}

	@Test
	void aNodeRefusesToStartWithAConfiguredPolicyOutsideTheBounds() {
		SecurityProperties lax = new SecurityProperties(SecurityProperties.DEFAULT_SECRET, Duration.ofHours(2), 20,
				Duration.ofMinutes(15), Duration.ofMinutes(15), 6, 3, Duration.ofDays(90), 5, Duration.ofDays(180), 3,
				30, Set.of(), Duration.ofDays(180));
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecurityPolicies(null, lax, mock(AuditLog.class), null, System::nanoTime))
			.withMessageContaining("idleTimeoutMinutes")
			.withMessageContaining("maxFailedLogins")
			.withMessageContaining("passwordMinLength");
	}

	@Test
	void anAuditCsvCellIsQuotedAndNeverAFormula() {
		assertThat(AuditExport.cell("plain")).isEqualTo("plain");
		assertThat(AuditExport.cell(null)).isEmpty();
		assertThat(AuditExport.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
		assertThat(AuditExport.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(AuditExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AuditExport.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
	}

	private static java.util.List<String> fields(SecurityPolicy policy) {
		return policy.violations().stream().map(SecurityPolicy.Violation::field).toList();
	}

}
