package org.gongzhi.identity;

import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.gongzhi.shared.problem.Problems;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in and password policy over REST: the security administrator changes it (三员分立:
 * not the system administrator), the auditor may read it. A value outside the bounds of
 * 等保 level 3 answers 422 with the reason for each field.
 */
@RestController
@RequestMapping("/api/identity/security-policy")
@Tag(name = "identity")
class SecurityPolicyApi {

	private final SecurityPolicies policies;

	private final Problems problems;

	SecurityPolicyApi(SecurityPolicies policies, Problems problems) {
		this.policies = policies;
		this.problems = problems;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SECURITY_ADMIN', 'AUDITOR')")
	@Operation(summary = "The policy in force and its version")
	PolicyDocument get() {
		return PolicyDocument.of(this.policies.versioned());
	}

	@PutMapping
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Changes the policy on every node; each changed setting is audited (old → new)")
	PolicyDocument change(@AuthenticationPrincipal GongzhiUser caller, @Valid @RequestBody PolicyDocument body) {
		return PolicyDocument.of(this.policies.change(caller, body.toPolicy(), body.version()));
	}

	@DeleteMapping
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Puts the configured defaults back in force")
	PolicyDocument restoreDefaults(@AuthenticationPrincipal GongzhiUser caller,
			@RequestParam(required = false) Long version) {
		return PolicyDocument.of(this.policies.restoreDefaults(caller, version));
	}

	@ExceptionHandler(PolicyRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(PolicyRejectedException ex, Locale locale) {
		ProblemDetail problem = this.problems.of(ex.status(), ex.type(), ex.messageKey(), ex.arguments(), locale);
		problem.setProperty("errors",
				ex.violations()
					.stream()
					.map((violation) -> new Problems.FieldProblem(violation.field(),
							this.problems.message(violation.messageKey(), violation.arguments(), locale)))
					.toList());
		return ResponseEntity.status(ex.status()).body(problem);
	}

	/**
	 * The policy with the version it was read at.
	 *
	 * @param version the version this policy was read at; on a change, the version the
	 * caller started from (a 409 if another change came first), or absent to overwrite
	 * @param passwordMinLength minimum password length (8–64)
	 * @param passwordClasses character classes a password must mix (3–4)
	 * @param passwordMaxAgeDays days after which a password must be changed (0 = never,
	 * else 30–180)
	 * @param passwordHistory earlier passwords that may not be reused (3–24)
	 * @param maxFailedLogins failed sign-ins that lock a username (3–10)
	 * @param failureWindowMinutes window in which they are counted (5–1440)
	 * @param lockMinutes how long the lock lasts (10–1440)
	 * @param idleTimeoutMinutes idle time after which a session ends (5–30)
	 * @param maxSessionsPerUser sessions one account may hold at once (1–5)
	 * @param secondFactorRoles roles that must sign in with an authenticator app
	 */
	record PolicyDocument(Long version, @NotNull Integer passwordMinLength, @NotNull Integer passwordClasses,
			@NotNull Integer passwordMaxAgeDays, @NotNull Integer passwordHistory, @NotNull Integer maxFailedLogins,
			@NotNull Integer failureWindowMinutes, @NotNull Integer lockMinutes, @NotNull Integer idleTimeoutMinutes,
			@NotNull Integer maxSessionsPerUser, @NotNull Set<Role> secondFactorRoles) {

		static PolicyDocument of(SecurityPolicies.Versioned versioned) {
			SecurityPolicy policy = versioned.policy();
			return new PolicyDocument(versioned.version(), policy.passwordMinLength(), policy.passwordClasses(),
					policy.passwordMaxAgeDays(), policy.passwordHistory(), policy.maxFailedLogins(),
					policy.failureWindowMinutes(), policy.lockMinutes(), policy.idleTimeoutMinutes(),
					policy.maxSessionsPerUser(), policy.secondFactorRoles());
		}

		SecurityPolicy toPolicy() {
			return new SecurityPolicy(this.passwordMinLength, this.passwordClasses, this.passwordMaxAgeDays,
					this.passwordHistory, this.maxFailedLogins, this.failureWindowMinutes, this.lockMinutes,
					this.idleTimeoutMinutes, this.maxSessionsPerUser, this.secondFactorRoles);
		}

	}

}
