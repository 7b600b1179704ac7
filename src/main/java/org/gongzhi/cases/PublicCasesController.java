package org.gongzhi.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 身边的事: the public cases on a map and in a list, filtered by category, state and period,
 * for anyone, signed in or not (like FixMyStreet's "around" page). Shows no personal data
 * (see {@link PublicCases}).
 */
@Controller
class PublicCasesController {

	static final String PATH = "/report/around";

	private static final List<String> LABELS = List.of("around.map.label");

	private final PublicCases cases;

	private final CategoryPicker picker;

	private final PhonePages pages;

	PublicCasesController(PublicCases cases, CategoryPicker picker, PhonePages pages) {
		this.cases = cases;
		this.picker = picker;
		this.pages = pages;
	}

	@GetMapping(PATH)
	String around(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String category,
			@RequestParam(required = false) PublicCases.Status status, @RequestParam(defaultValue = "30") int days,
			Locale locale, Model model) {
		PublicCases.Filter filter = new PublicCases.Filter(category, status, days);
		List<PublicCases.PublicCase> found = this.cases.find(filter, locale);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", PublicCases.Status.values());
		model.addAttribute("icons", this.picker.icons());
		model.addAttribute("cases", found);
		model.addAttribute("families", this.picker.tree(locale));
		List<Map<String, Object>> points = found.stream()
			.map((c) -> Map.<String, Object>of("number", c.number(), "lat", c.lat(), "lng", c.lng(), "open", c.open(),
					"category", c.categoryName()))
			.toList();
		model.addAttribute("config", this.pages.config((caller != null) ? caller.getOrgCode() : null, locale, LABELS,
				Map.of("points", points)));
		if (caller != null && caller.hasRole(Role.RESIDENT)) {
			model.addAttribute("tabs", PhonePages.RESIDENT_TABS);
		}
		return "cases/phone/around";
	}

}
