package org.gongzhi.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the registry's pages offer to choose from: the grids of the caller's scope and the
 * special groups by name in the reader's language.
 */
@Component
class RegistryChoices {

	private final RegistryAccess access;

	private final OrgUnits units;

	private final SpecialGroups groups;

	RegistryChoices(RegistryAccess access, OrgUnits units, SpecialGroups groups) {
		this.access = access;
		this.units = units;
		this.groups = groups;
	}

	/**
	 * The grids of the caller's scope (a grid worker's own grid, a community's grids).
	 */
	List<OrgUnit> grids() {
		String scope = this.access.scope().orgCode();
		OrgUnit top = this.units.find(scope).orElse(null);
		if (top == null) {
			return List.of();
		}
		return (top.level() == OrgLevel.GRID) ? List.of(top) : this.units.within(scope, OrgLevel.GRID);
	}

	/** The first grid of the scope, to preselect. */
	String defaultGrid() {
		List<OrgUnit> grids = grids();
		return grids.isEmpty() ? null : grids.get(0).code();
	}

	/** The names of the grids of the scope, by code. */
	Map<String, String> gridNames() {
		Map<String, String> names = new LinkedHashMap<>();
		grids().forEach((grid) -> names.put(grid.code(), grid.name()));
		return names;
	}

	/** The names of the special groups in the reader's language, by code. */
	Map<String, String> groupNames() {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> names = new LinkedHashMap<>();
		this.groups.types().forEach((type) -> names.put(type.code(), english ? type.nameEn() : type.nameZh()));
		return names;
	}

	/**
	 * What a filtered registry list page shows beside its rows: the grids to filter by,
	 * their names, the kinds, and the filter and page as asked.
	 */
	void addListFilters(Model model, String org, Object kind, Object[] kinds, String q, int offset, int page) {
		model.addAttribute("grids", grids());
		model.addAttribute("gridNames", gridNames());
		model.addAttribute("kinds", kinds);
		model.addAttribute("org", org);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		model.addAttribute("offset", offset);
		model.addAttribute("page", page);
	}

}
