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

/**
 * The pages of the second factor: the code after the password at sign-in, and enrolling
 * an authenticator app.
 */
@Controller
class SecondFactorController {

	static final String SIGN_IN_VIEW = "identity/second-factor";

	static final String ENROLL_VIEW = "identity/second-factor-enroll";

	private final SecondFactorSteps steps;

	SecondFactorController(SecondFactorSteps steps) {
		this.steps = steps;
	}

	@GetMapping(SessionPolicyFilter.SECOND_FACTOR_PAGE)
	String initSignIn(@AuthenticationPrincipal GongzhiUser user, Model model) {
		if (user.getSecondFactor() != GongzhiUser.SecondFactorState.PENDING) {
			return "redirect:/";
		}
		model.addAttribute("form", new CodeForm());
		return SIGN_IN_VIEW;
	}

	@PostMapping(SessionPolicyFilter.SECOND_FACTOR_PAGE)
	String processSignIn(@AuthenticationPrincipal GongzhiUser user, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return SIGN_IN_VIEW;
		}
		return switch (this.steps.signIn(user, form.getCode(), request, response)) {
			case PASSED -> "redirect:/";
			case LOCKED -> "redirect:/login?locked";
			case WRONG -> {
				result.rejectValue("code", "identity.totp.wrong-code");
				yield SIGN_IN_VIEW;
			}
		};
	}

	@GetMapping(SessionPolicyFilter.ENROLL_PAGE)
	String initEnrollment(@AuthenticationPrincipal GongzhiUser user, Model model) {
		if (!this.steps.enrolled(user)) {
			model.addAttribute("enrollment", this.steps.begin(user));
		}
		model.addAttribute("form", new CodeForm());
		return ENROLL_VIEW;
	}

	@PostMapping(SessionPolicyFilter.ENROLL_PAGE)
	String processEnrollment(@AuthenticationPrincipal GongzhiUser user, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!result.hasErrors()) {
			try {
				this.steps.confirm(user, form.getCode(), request, response);
				return "redirect:" + SessionPolicyFilter.ENROLL_PAGE + "?enrolled";
			}
			catch (FieldRejectedException ex) {
				result.rejectValue("code", ex.messageKey());
			}
		}
		// a wrong first code starts again with a new secret
		model.addAttribute("enrollment", this.steps.begin(user));
		return ENROLL_VIEW;
	}

	/** One code of the authenticator app. */
	static class CodeForm {

		@NotBlank
		private String code = "";

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}
