package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of the case categories: the tree with each class's handling
 * unit type, priority and handle limits, and a form per category. Each save is a new
 * version; open cases keep theirs.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CategoryAdminController {

	static final String PATH = "/admin/categories";

	private final CategoryCatalog catalog;

	private final CategoryAdministration administration;

	CategoryAdminController(CategoryCatalog catalog, CategoryAdministration administration) {
		this.catalog = catalog;
		this.administration = administration;
	}

	@GetMapping(PATH)
	String tree(Model model, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (CaseCategory category : this.catalog.all()) {
			rows.add(new Row(category, depth(category), category.name(locale), handleLimits(category)));
		}
		model.addAttribute("rows", rows);
		return "cases/categories";
	}

	@GetMapping(PATH + "/{code}")
	String edit(@PathVariable String code, Model model, Locale locale) {
		CaseCategory category = this.catalog.get(code);
		if (!model.containsAttribute("categoryForm")) {
			model.addAttribute("categoryForm", CategoryPageForm.of(category));
		}
		return render(category, model, locale);
	}

	@PostMapping(PATH + "/{code}")
	String save(@PathVariable String code, @Valid @ModelAttribute("categoryForm") CategoryPageForm form,
			BindingResult result, @AuthenticationPrincipal GongzhiUser caller, Model model, Locale locale,
			RedirectAttributes redirect) {
		CaseCategory category = this.catalog.get(code);
		if (!result.hasErrors()) {
			try {
				CaseCategory saved = this.administration.change(code, form.toForm(), caller.getId());
				redirect.addFlashAttribute("notice", "cases.category.saved");
				redirect.addFlashAttribute("noticeArgs", new Object[] { saved.version() });
				return "redirect:" + PATH + "/" + code;
			}
			catch (GongzhiException ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return render(category, model, locale);
	}

	private String render(CaseCategory category, Model model, Locale locale) {
		model.addAttribute("category", category);
		model.addAttribute("name", category.name(locale));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("priorities", Priority.values());
		return "cases/category";
	}

	private int depth(CaseCategory category) {
		int depth = 0;
		String parent = category.parentCode();
		while (parent != null) {
			depth++;
			parent = this.catalog.find(parent).map(CaseCategory::parentCode).orElse(null);
		}
		return depth;
	}

	private static String handleLimits(CaseCategory category) {
		return category.sla()
			.minutes()
			.get(Stage.HANDLE)
			.values()
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(" / "));
	}

	/** One line of the tree. */
	record Row(CaseCategory category, int depth, String name, String handleLimits) {
	}

}
