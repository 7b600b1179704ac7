package org.gongzhi.registry;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's configuration of the special groups (特殊人群): each with its names,
 * how often its members are visited and its risk level. Only the types: the administrator
 * sees no member, no person.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GroupTypePages {

	static final String PATH = RegistryPages.PATH + "/groups";

	private final SpecialGroups groups;

	GroupTypePages(SpecialGroups groups) {
		this.groups = groups;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("types", this.groups.types());
		return "registry/groups";
	}

	@GetMapping(PATH + "/new")
	String newType(Model model) {
		model.addAttribute("groupForm", new GroupTypePageForm("", "", "", 30, RiskLevel.LOW, true,
				this.groups.types().stream().mapToInt(SpecialGroups.GroupType::sortOrder).max().orElse(0) + 10));
		return form(null, model);
	}

	@PostMapping(PATH)
	String create(@Valid @ModelAttribute("groupForm") GroupTypePageForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		if (!errors.hasFieldErrors("code")
				&& this.groups.types().stream().anyMatch((type) -> type.code().equals(form.code()))) {
			errors.rejectValue("code", "registry.group.code-taken", "registry.group.code-taken");
		}
		if (errors.hasErrors()) {
			return form(null, model);
		}
		return saved(this.groups.save(form.code(), form.type()), redirect);
	}

	@GetMapping(PATH + "/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		SpecialGroups.GroupType type = this.groups.type(code);
		model.addAttribute("groupForm", new GroupTypePageForm(type.code(), type.nameZh(), type.nameEn(),
				type.visitIntervalDays(), type.riskLevel(), type.active(), type.sortOrder()));
		return form(type, model);
	}

	@PostMapping(PATH + "/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("groupForm") GroupTypePageForm form,
			BindingResult errors, RedirectAttributes redirect, Model model) {
		SpecialGroups.GroupType type = this.groups.type(code);
		if (errors.hasErrors()) {
			return form(type, model);
		}
		return saved(this.groups.save(type.code(), form.type()), redirect);
	}

	private static String saved(SpecialGroups.GroupType type, RedirectAttributes redirect) {
		redirect.addFlashAttribute("savedType", type.code());
		return "redirect:" + PATH;
	}

	private String form(SpecialGroups.GroupType type, Model model) {
		model.addAttribute("type", type);
		model.addAttribute("risks", RiskLevel.values());
		return "registry/group-form";
	}

	/**
	 * A group as the page sends it. The code names a new group; a change keeps the code
	 * of its address (members keep it).
	 */
	record GroupTypePageForm(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{registry.group.bad-code}") String code,
			@NotBlank @Size(max = 50) String nameZh, @NotBlank @Size(max = 80) String nameEn,
			@NotNull @Min(1) @Max(366) Integer visitIntervalDays, @NotNull RiskLevel riskLevel, boolean active,
			@NotNull @Min(0) @Max(10000) Integer sortOrder) {

		GroupTypePageForm {
			code = (code != null) ? code.strip() : null;
		}

		SpecialGroups.GroupTypeForm type() {
			return new SpecialGroups.GroupTypeForm(this.nameZh, this.nameEn, this.visitIntervalDays, this.riskLevel,
					this.active, this.sortOrder);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem registryGroupTypesNavItem() {
			return new NavItem("nav.registry.groups", PATH, 93, Set.of("ADMIN"));
		}

	}

}
