package org.gongzhi.org;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.NotFoundException;
import org.gongzhi.shared.scope.ScopeGuard;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of one org unit: describe it, redraw its outline, add grids,
 * buildings and grid staff. Every form shows its errors next to the field; every success
 * redirects.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OrgAdminController {

	static final String VIEW = "org/unit";

	private final OrgUnits units;

	private final OrgUnitStore store;

	private final OrgGeography geography;

	private final GridStaffing staffing;

	private final GridImport gridImport;

	private final ScopeGuard scope;

	OrgAdminController(OrgUnits units, OrgUnitStore store, OrgGeography geography, GridStaffing staffing,
			GridImport gridImport, ScopeGuard scope) {
		this.scope = scope;
		this.units = units;
		this.store = store;
		this.geography = geography;
		this.staffing = staffing;
		this.gridImport = gridImport;
	}

	@InitBinder
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("code", "level", "parentCode");
	}

	@GetMapping("/org/units/{code}")
	String show(@PathVariable String code, Model model) {
		return render(details(code), model);
	}

	@PostMapping("/org/units/{code}")
	String describe(@PathVariable String code, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitDetails unit = details(code);
		if (result.hasErrors()) {
			return render(unit, model);
		}
		this.geography.describe(code, form.name(), form.contactPhone(), form.households(), form.population());
		return saved(code, redirect);
	}

	@PostMapping("/org/units/{code}/outline")
	String redraw(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String drawn, Model model, RedirectAttributes redirect) throws IOException {
		OrgUnitDetails unit = details(code);
		String geoJson = (file != null && !file.isEmpty()) ? new String(file.getBytes(), StandardCharsets.UTF_8)
				: drawn;
		try {
			if (geoJson == null || geoJson.isBlank()) {
				model.addAttribute("outlineError", "org.form.outline-missing");
				return render(unit, model);
			}
			this.geography.redraw(code, geoJson);
		}
		catch (GongzhiException ex) {
			model.addAttribute("outlineError", ex.messageKey());
			model.addAttribute("outlineErrorArgs", ex.arguments());
			return render(unit, model);
		}
		return saved(code, redirect);
	}

	@PostMapping("/org/units/{code}/grids")
	String addGrid(@PathVariable String code, @Valid @ModelAttribute("gridForm") GridForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitDetails unit = details(code);
		if (!result.hasErrors()) {
			try {
				String grid = this.geography.addGrid(code, form.name().strip(), form.households(), form.outline());
				redirect.addFlashAttribute("notice", "org.form.grid-added");
				return "redirect:/org/units/" + grid;
			}
			catch (GongzhiException ex) {
				result.rejectValue("outline", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return render(unit, model);
	}

	@PostMapping("/org/units/{code}/grids/import")
	String importGrids(@PathVariable String code, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		OrgUnitDetails unit = details(code);
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "org.form.outline-missing");
			return render(unit, model);
		}
		try {
			GridImport.Result result = this.gridImport.importGrids(code,
					new String(file.getBytes(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("notice", "org.form.grids-imported");
			redirect.addFlashAttribute("noticeArgs", new Object[] { result.added(), result.updated() });
			return "redirect:/org/units/" + code;
		}
		catch (GridImport.Rejected ex) {
			model.addAttribute("importRejections", ex.rejections());
		}
		catch (GongzhiException ex) {
			model.addAttribute("importError", ex.messageKey());
		}
		return render(unit, model);
	}

	@PostMapping("/org/units/{code}/buildings")
	String addBuilding(@PathVariable String code, @Valid @ModelAttribute("buildingForm") BuildingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrgUnitDetails unit = details(code);
		if (result.hasErrors()) {
			return render(unit, model);
		}
		this.geography.addBuilding(code, form.name().strip(), form.households(), form.lat(), form.lng());
		return saved(code, redirect);
	}

	@PostMapping("/org/units/{code}/staff")
	String assign(@PathVariable String code, @Valid @ModelAttribute("staffForm") StaffForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitDetails unit = details(code);
		if (result.hasErrors()) {
			return render(unit, model);
		}
		String name = form.personName().strip();
		this.staffing.assign(code, "roster:" + code + ":" + name, name, null, form.duty());
		return saved(code, redirect);
	}

	private String saved(String code, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "org.form.saved");
		return "redirect:/org/units/" + code;
	}

	/**
	 * The page, keeping a form that failed validation as the user sent it and the others
	 * empty.
	 */
	private String render(OrgUnitDetails unit, Model model) {
		addIfAbsent(model, "unitForm", UnitForm.of(unit));
		addIfAbsent(model, "gridForm", GridForm.empty());
		addIfAbsent(model, "buildingForm", BuildingForm.empty());
		addIfAbsent(model, "staffForm", StaffForm.empty());
		model.addAttribute("unit", unit);
		model.addAttribute("parent",
				(unit.parentCode() != null) ? this.units.find(unit.parentCode()).orElse(null) : null);
		model.addAttribute("children", this.units.children(unit.code()));
		model.addAttribute("staff",
				(unit.level() == OrgLevel.GRID) ? this.staffing.staffOf(unit.code()) : java.util.List.of());
		model.addAttribute("duties", GridDuty.values());
		return VIEW;
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/** The unit, or a 404 when it is missing or outside the administrator's subtree. */
	private OrgUnitDetails details(String code) {
		this.scope.requireVisible(code, "org.unit.not-found", code);
		return this.store.details(code).orElseThrow(() -> new NotFoundException("org.unit.not-found", code));
	}

}
