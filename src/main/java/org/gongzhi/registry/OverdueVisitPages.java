package org.gongzhi.registry;

import java.util.List;
import java.util.Set;

import org.gongzhi.cases.PhoneHomeSection;
import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Overdue home visits: the community's list on the desktop (by grid and group), and the
 * section "待走访" the grid worker's phone home shows ({@link PhoneHomeSection}), both
 * limited to the caller's scope.
 */
@Controller
@PreAuthorize(RegistryAccess.WORKERS)
class OverdueVisitPages {

	static final String PATH = RegistryPages.PATH + "/visits/overdue";

	static final String PHONE_FRAGMENT = RegistryPages.PATH + "/phone/overdue-visits";

	/** The longest list a page shows; the API pages further. */
	static final int LIMIT = 500;

	/** What the phone shows: the most overdue first, the rest on the desktop list. */
	static final int PHONE_LIMIT = 20;

	private final SpecialGroups groups;

	private final RegistryChoices choices;

	OverdueVisitPages(SpecialGroups groups, RegistryChoices choices) {
		this.groups = groups;
		this.choices = choices;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) String org, @RequestParam(required = false) String group, Model model) {
		model.addAttribute("overdue", this.groups.overdue(org, group, LIMIT));
		model.addAttribute("limit", LIMIT);
		model.addAttribute("grids", this.choices.grids());
		model.addAttribute("gridNames", this.choices.gridNames());
		model.addAttribute("groupTypes", this.groups.types());
		model.addAttribute("groupNames", this.choices.groupNames());
		model.addAttribute("org", org);
		model.addAttribute("group", group);
		return "registry/overdue";
	}

	/**
	 * The phone home's section: the worker's overdue visits, each one tap from its form.
	 */
	@GetMapping(PHONE_FRAGMENT)
	String phone(Model model) {
		List<SpecialGroups.Membership> overdue = this.groups.overdue(null, null, PHONE_LIMIT + 1);
		model.addAttribute("overdue", overdue.stream().limit(PHONE_LIMIT).toList());
		model.addAttribute("more", overdue.size() > PHONE_LIMIT);
		model.addAttribute("count",
				Math.min(overdue.size(), PHONE_LIMIT) + ((overdue.size() > PHONE_LIMIT) ? "+" : ""));
		model.addAttribute("groupNames", this.choices.groupNames());
		return "registry/overdue :: phone";
	}

	@Configuration(proxyBeanMethods = false)
	static class Sections {

		@Bean
		PhoneHomeSection registryOverdueVisitsHomeSection() {
			return new PhoneHomeSection("registry-overdue-visits", PHONE_FRAGMENT, 10);
		}

		@Bean
		NavItem registryOverdueVisitsNavItem() {
			return new NavItem("nav.registry.overdue", PATH, 32, Set.of("COMMUNITY_WORKER"));
		}

	}

}
