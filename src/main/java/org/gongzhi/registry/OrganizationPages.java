package org.gongzhi.registry;

import jakarta.validation.Valid;

import org.gongzhi.registry.PlaceForms.OrganizationForm;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organizations (企业, 商户, 社会组织, 物业公司, 业委会) on the desktop: the list with filters, one
 * organization, and the form to add or change one, within the caller's scope. The unified
 * social credit code is checked (GB 32100) and unique, each problem shown at the field.
 */
@Controller
@PreAuthorize(RegistryAccess.WORKERS)
class OrganizationPages {

	static final String PATH = RegistryPages.PATH + "/organizations";

	static final int PAGE = 50;

	private final Places places;

	private final RegistryChoices choices;

	OrganizationPages(Places places, RegistryChoices choices) {
		this.places = places;
		this.choices = choices;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) String org, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset, Model model) {
		int from = Math.max(0, offset);
		model.addAttribute("organizations", this.places.organizations(org, kind, q, from, PAGE));
		this.choices.addListFilters(model, org, kind, OrganizationKind.values(), q, from, PAGE);
		return "registry/organizations";
	}

	@GetMapping(PATH + "/{id}")
	String organization(@PathVariable long id, Model model) {
		Places.OrganizationView organization = this.places.organization(id);
		model.addAttribute("organization", organization);
		model.addAttribute("gridName",
				this.choices.gridNames().getOrDefault(organization.orgCode(), organization.orgCode()));
		return "registry/organization";
	}

	@GetMapping(PATH + "/new")
	String newOrganization(Model model) {
		model.addAttribute("organizationForm", new OrganizationForm(this.choices.defaultGrid(), null,
				OrganizationKind.ENTERPRISE, null, null, null, null, null, null));
		return form(null, model);
	}

	@PostMapping(PATH)
	String create(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		if (!errors.hasErrors()) {
			try {
				Places.OrganizationView organization = this.places.addOrganization(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + PATH + "/" + organization.id();
			}
			catch (GongzhiException ex) {
				reject(errors, ex);
			}
		}
		return form(null, model);
	}

	@GetMapping(PATH + "/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Places.OrganizationView organization = this.places.organization(id);
		model.addAttribute("organizationForm",
				new OrganizationForm(organization.orgCode(), organization.name(), organization.kind(),
						organization.creditCode(), organization.address(), organization.lat(), organization.lng(),
						organization.contactName(), null));
		return form(organization, model);
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organizationForm") OrganizationForm form,
			BindingResult errors, RedirectAttributes redirect, Model model) {
		Places.OrganizationView organization = this.places.organization(id);
		if (!errors.hasErrors()) {
			try {
				this.places.updateOrganization(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + PATH + "/" + id;
			}
			catch (GongzhiException ex) {
				reject(errors, ex);
			}
		}
		return form(organization, model);
	}

	/** A duplicate credit code is the code's problem; any other, the grid's. */
	private static void reject(BindingResult errors, GongzhiException ex) {
		String field = "registry.organization.duplicate".equals(ex.messageKey()) ? "creditCode" : "gridCode";
		errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
	}

	private String form(Places.OrganizationView organization, Model model) {
		model.addAttribute("organization", organization);
		model.addAttribute("grids", this.choices.grids());
		model.addAttribute("kinds", OrganizationKind.values());
		return "registry/organization-form";
	}

}
