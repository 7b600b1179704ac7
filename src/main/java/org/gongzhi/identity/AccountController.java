package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page where a user changes their password, also when they are made to. */
@Controller
@RequestMapping(SessionPolicyFilter.CHANGE_PASSWORD_PAGE)
class AccountController {

	static final String VIEW = "identity/password";

	private final PasswordChange passwordChange;

	private final PasswordPolicy policy;

	AccountController(PasswordChange passwordChange, PasswordPolicy policy) {
		this.passwordChange = passwordChange;
		this.policy = policy;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return this.policy.rules().passwordMinLength();
	}

	@ModelAttribute("classes")
	int classes() {
		return this.policy.rules().passwordClasses();
	}

	@GetMapping
	String initForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return VIEW;
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal GongzhiUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.passwordChange.change(user, form.getCurrentPassword(), form.getNewPassword(), request, response);
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			return VIEW;
		}
		return "redirect:" + SessionPolicyFilter.CHANGE_PASSWORD_PAGE + "?changed";
	}

	/** The form: the current password and the new one twice. */
	static class PasswordForm {

		@NotBlank
		private String currentPassword = "";

		@NotBlank
		private String newPassword = "";

		private String confirmPassword = "";

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return this.confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

		@Override
		public String toString() {
			return "PasswordForm[]";
		}

	}

}
