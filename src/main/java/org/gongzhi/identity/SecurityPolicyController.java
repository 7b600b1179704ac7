package org.gongzhi.identity;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.gongzhi.shared.problem.ConflictException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's page of the sign-in and password policy (安全策略); a value
 * outside the bounds of 等保 level 3 is refused next to its field.
 */
@Controller
@RequestMapping(SecurityPolicyController.PATH)
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class SecurityPolicyController {

	static final String PATH = "/identity/policy";

	static final String VIEW = "identity/policy";

	private static final String REDIRECT = "redirect:" + PATH;

	private final SecurityPolicies policies;

	SecurityPolicyController(SecurityPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	String initForm(Model model) {
		model.addAttribute("form", PolicyForm.of(this.policies.versioned()));
		return view(model);
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal GongzhiUser caller, @Valid @ModelAttribute("form") PolicyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(model);
		}
		try {
			this.policies.change(caller, form.toPolicy(), form.getVersion());
			redirect.addFlashAttribute("saved", true);
			return REDIRECT;
		}
		catch (PolicyRejectedException ex) {
			ex.violations()
				.forEach((violation) -> result.rejectValue(violation.field(), violation.messageKey(),
						violation.arguments(), violation.messageKey()));
		}
		catch (ConflictException ex) {
			result.reject(ex.messageKey());
		}
		return view(model);
	}

	@PostMapping("/defaults")
	String restoreDefaults(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		this.policies.restoreDefaults(caller, version);
		redirect.addFlashAttribute("restored", true);
		return REDIRECT;
	}

	private String view(Model model) {
		model.addAttribute("bounds", SecurityPolicy.BOUNDS);
		model.addAttribute("defaults", this.policies.defaults().settings());
		model.addAttribute("roles", EnumSet.complementOf(EnumSet.of(Role.RESIDENT)));
		return VIEW;
	}

	/** The policy form: every setting, and the version it was read at. */
	static class PolicyForm {

		private Long version;

		@NotNull
		private Integer passwordMinLength;

		@NotNull
		private Integer passwordClasses;

		@NotNull
		private Integer passwordMaxAgeDays;

		@NotNull
		private Integer passwordHistory;

		@NotNull
		private Integer maxFailedLogins;

		@NotNull
		private Integer failureWindowMinutes;

		@NotNull
		private Integer lockMinutes;

		@NotNull
		private Integer idleTimeoutMinutes;

		@NotNull
		private Integer maxSessionsPerUser;

		private Set<Role> secondFactorRoles = EnumSet.noneOf(Role.class);

		static PolicyForm of(SecurityPolicies.Versioned versioned) {
			SecurityPolicy policy = versioned.policy();
			PolicyForm form = new PolicyForm();
			form.version = versioned.version();
			form.passwordMinLength = policy.passwordMinLength();
			form.passwordClasses = policy.passwordClasses();
			form.passwordMaxAgeDays = policy.passwordMaxAgeDays();
			form.passwordHistory = policy.passwordHistory();
			form.maxFailedLogins = policy.maxFailedLogins();
			form.failureWindowMinutes = policy.failureWindowMinutes();
			form.lockMinutes = policy.lockMinutes();
			form.idleTimeoutMinutes = policy.idleTimeoutMinutes();
			form.maxSessionsPerUser = policy.maxSessionsPerUser();
			form.secondFactorRoles = EnumSet.noneOf(Role.class);
			form.secondFactorRoles.addAll(policy.secondFactorRoles());
			return form;
		}

		SecurityPolicy toPolicy() {
			return new SecurityPolicy(this.passwordMinLength, this.passwordClasses, this.passwordMaxAgeDays,
					this.passwordHistory, this.maxFailedLogins, this.failureWindowMinutes, this.lockMinutes,
					this.idleTimeoutMinutes, this.maxSessionsPerUser,
					(this.secondFactorRoles != null) ? this.secondFactorRoles : Set.of());
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public Integer getPasswordMinLength() {
			return this.passwordMinLength;
		}

		public void setPasswordMinLength(Integer passwordMinLength) {
			this.passwordMinLength = passwordMinLength;
		}

		public Integer getPasswordClasses() {
			return this.passwordClasses;
		}

		public void setPasswordClasses(Integer passwordClasses) {
			this.passwordClasses = passwordClasses;
		}

		public Integer getPasswordMaxAgeDays() {
			return this.passwordMaxAgeDays;
		}

		public void setPasswordMaxAgeDays(Integer passwordMaxAgeDays) {
			this.passwordMaxAgeDays = passwordMaxAgeDays;
		}

		public Integer getPasswordHistory() {
			return this.passwordHistory;
		}

		public void setPasswordHistory(Integer passwordHistory) {
			this.passwordHistory = passwordHistory;
		}

		public Integer getMaxFailedLogins() {
			return this.maxFailedLogins;
		}

		public void setMaxFailedLogins(Integer maxFailedLogins) {
			this.maxFailedLogins = maxFailedLogins;
		}

		public Integer getFailureWindowMinutes() {
			return this.failureWindowMinutes;
		}

		public void setFailureWindowMinutes(Integer failureWindowMinutes) {
			this.failureWindowMinutes = failureWindowMinutes;
		}

		public Integer getLockMinutes() {
			return this.lockMinutes;
		}

		public void setLockMinutes(Integer lockMinutes) {
			this.lockMinutes = lockMinutes;
		}

		public Integer getIdleTimeoutMinutes() {
			return this.idleTimeoutMinutes;
		}

		public void setIdleTimeoutMinutes(Integer idleTimeoutMinutes) {
			this.idleTimeoutMinutes = idleTimeoutMinutes;
		}

		public Integer getMaxSessionsPerUser() {
			return this.maxSessionsPerUser;
		}

		public void setMaxSessionsPerUser(Integer maxSessionsPerUser) {
			this.maxSessionsPerUser = maxSessionsPerUser;
		}

		public Set<Role> getSecondFactorRoles() {
			return this.secondFactorRoles;
		}

		public void setSecondFactorRoles(Set<Role> secondFactorRoles) {
			this.secondFactorRoles = secondFactorRoles;
		}

	}

}
