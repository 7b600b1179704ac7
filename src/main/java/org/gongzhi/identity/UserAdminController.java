package org.gongzhi.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.gongzhi.shared.problem.ConflictException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages: accounts in their scope, a new account, account actions. */
@Controller
@RequestMapping("/identity/users")
@PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN')")
class UserAdminController {

	static final String LIST_VIEW = "identity/users";

	static final String FORM_VIEW = "identity/user-form";

	static final String RESET_VIEW = "identity/password-reset";

	private static final String REDIRECT_LIST = "redirect:/identity/users";

	private final UserAdministration administration;

	private final OrgUnitChoices units;

	private final Departments departments;

	UserAdminController(UserAdministration administration, OrgUnitChoices units, Departments departments) {
		this.administration = administration;
		this.units = units;
		this.departments = departments;
	}

	@InitBinder
	void forbidId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("users", this.administration.list(caller, q));
		model.addAttribute("q", q);
		model.addAttribute("manageable", UserAdministration.manageableRoles(caller));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal GongzhiUser caller, Model model) {
		UserForm form = new UserForm();
		form.setOrgCode(caller.getOrgCode());
		model.addAttribute("form", form);
		return formView(caller, model);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal GongzhiUser caller,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(caller, model);
		}
		try {
			UserSummary created = this.administration.create(caller, form.toNewUser());
			redirect.addFlashAttribute("created", created.username());
			return REDIRECT_LIST;
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field().equals("password") ? "initialPassword" : ex.field(), ex.messageKey(),
					ex.arguments(), ex.messageKey());
		}
		catch (ConflictException ex) {
			result.rejectValue("username", ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		return formView(caller, model);
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.setEnabled(caller, id, true);
		return REDIRECT_LIST;
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.setEnabled(caller, id, false);
		return REDIRECT_LIST;
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	String unlock(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.unlock(caller, id);
		return REDIRECT_LIST;
	}

	@GetMapping("/{id}/password-reset")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	String initResetForm(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, Model model) {
		model.addAttribute("user", this.administration.get(caller, id));
		model.addAttribute("form", new ResetForm());
		return RESET_VIEW;
	}

	@PostMapping("/{id}/password-reset")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	String processResetForm(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @ModelAttribute("form") ResetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserSummary user = this.administration.get(caller, id);
		if (!result.hasErrors()) {
			try {
				this.administration.resetPassword(caller, id, form.getTemporaryPassword());
				redirect.addFlashAttribute("reset", user.username());
				return REDIRECT_LIST;
			}
			catch (FieldRejectedException ex) {
				result.rejectValue("temporaryPassword", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
			catch (ConflictException ex) {
				result.rejectValue("temporaryPassword", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("user", user);
		return RESET_VIEW;
	}

	private String formView(GongzhiUser caller, Model model) {
		model.addAttribute("roles", UserAdministration.manageableRoles(caller));
		model.addAttribute("units", this.units.inScopeOf(caller));
		model.addAttribute("departments", this.departments.all());
		return FORM_VIEW;
	}

	/** The temporary password a security administrator sets. */
	static class ResetForm {

		@NotBlank
		private String temporaryPassword = "";

		public String getTemporaryPassword() {
			return this.temporaryPassword;
		}

		public void setTemporaryPassword(String temporaryPassword) {
			this.temporaryPassword = temporaryPassword;
		}

		@Override
		public String toString() {
			return "ResetForm[]";
		}

	}

	/** The new-account form. */
	static class UserForm extends AccountFields {

		@NotBlank
		@Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
		private String username = "";

		@NotBlank
		private String initialPassword = "";

		NewUser toNewUser() {
			String department = (this.departmentCode == null || this.departmentCode.isBlank()) ? null
					: this.departmentCode;
			return new NewUser(this.username, this.initialPassword, this.displayName.strip(), this.orgCode, department,
					this.roles, true, this.position, this.phone);
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getInitialPassword() {
			return this.initialPassword;
		}

		public void setInitialPassword(String initialPassword) {
			this.initialPassword = initialPassword;
		}

		@Override
		public String toString() {
			return "UserForm[" + this.username + "]";
		}

	}

}
