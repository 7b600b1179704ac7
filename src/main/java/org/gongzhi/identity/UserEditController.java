package org.gongzhi.identity;

import java.util.LinkedHashSet;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page to change an existing account: name, scope, department, roles,
 * enabled. The rules are those of {@link UserAdministration#update}.
 */
@Controller
@RequestMapping("/identity/users/{id}/edit")
@PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN')")
class UserEditController {

	static final String VIEW = "identity/user-edit";

	private final UserAdministration administration;

	private final OrgUnitChoices units;

	private final Departments departments;

	UserEditController(UserAdministration administration, OrgUnitChoices units, Departments departments) {
		this.administration = administration;
		this.units = units;
		this.departments = departments;
	}

	@GetMapping
	String initForm(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, Model model) {
		UserSummary user = this.administration.get(caller, id);
		model.addAttribute("form", EditForm.of(user));
		return view(caller, user, model);
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @ModelAttribute("form") EditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserSummary user = this.administration.get(caller, id);
		if (!result.hasErrors()) {
			try {
				this.administration.update(caller, id, form.toChange());
				redirect.addFlashAttribute("updated", user.username());
				return "redirect:/identity/users?q=" + user.username();
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return view(caller, user, model);
	}

	private String view(GongzhiUser caller, UserSummary user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("roles", UserAdministration.manageableRoles(caller));
		model.addAttribute("units", this.units.inScopeOf(caller, user.orgCode()));
		model.addAttribute("departments", this.departments.all());
		return VIEW;
	}

	/** The account's settings as the form shows them. */
	static class EditForm extends AccountFields {

		private boolean enabled;

		private boolean removePhone;

		static EditForm of(UserSummary user) {
			EditForm form = new EditForm();
			form.displayName = user.displayName();
			form.orgCode = user.orgCode();
			form.departmentCode = (user.departmentCode() != null) ? user.departmentCode() : "";
			form.roles = new LinkedHashSet<>(user.roles());
			form.enabled = user.enabled();
			form.position = (user.position() != null) ? user.position() : "";
			return form;
		}

		/** An empty phone field keeps the stored number, which the form never shows. */
		UserChange toChange() {
			String newPhone = this.removePhone ? "" : NewUser.blankToNull(this.phone);
			return new UserChange(this.displayName, this.orgCode, this.departmentCode, this.roles, this.enabled,
					this.position, newPhone);
		}

		public boolean isRemovePhone() {
			return this.removePhone;
		}

		public void setRemovePhone(boolean removePhone) {
			this.removePhone = removePhone;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
