package org.gongzhi.cases;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list of every staff role: filtered by state, category, place, unit, overdue
 * level, period and text, sorted, paged by keyset, and exported as an Excel workbook
 * (audited, within the caller's sight like the list).
 */
@Controller
@PreAuthorize(CaseListController.STAFF)
class CaseListController {

	static final String PATH = "/desk/cases";

	static final String STAFF = "hasAnyRole('GRID_WORKER', 'COMMUNITY_WORKER', 'DISPATCHER', 'DEPARTMENT', 'LEADER')";

	private static final int PAGE_SIZE = 20;

	private final CaseQueries queries;

	private final DeskQueues queues;

	private final CategoryCatalog categories;

	private final HandlingUnits units;

	private final CaseExport export;

	CaseListController(CaseQueries queries, DeskQueues queues, CategoryCatalog categories, HandlingUnits units,
			CaseExport export) {
		this.queries = queries;
		this.queues = queues;
		this.categories = categories;
		this.units = units;
		this.export = export;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal GongzhiUser caller, ListParams params, Model model, Locale locale) {
		results(caller, params, model);
		model.addAttribute("categoryOptions", categoryOptions(locale));
		model.addAttribute("unitOptions", this.units.targets(caller.getOrgCode()));
		model.addAttribute("states", CaseState.values());
		return "cases/list";
	}

	@HxRequest
	@GetMapping(PATH)
	String results(@AuthenticationPrincipal GongzhiUser caller, ListParams params, Model model) {
		Actor actor = Actor.of(caller);
		CasePage page = this.queries.list(params.filter(params.cursor(), PAGE_SIZE), actor);
		model.addAttribute("rows", this.queues.rows(page.items()));
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("params", params);
		return "cases/list :: results";
	}

	@GetMapping(PATH + "/export")
	void export(@AuthenticationPrincipal GongzhiUser caller, ListParams params, Locale locale,
			HttpServletResponse response) throws IOException {
		this.export.write(params, Actor.of(caller), locale, response);
	}

	private List<CategoryOption> categoryOptions(Locale locale) {
		return this.categories.all()
			.stream()
			.filter(CaseCategory::active)
			.map((category) -> new CategoryOption(category.code(), category.name(locale),
					category.parentCode() == null))
			.toList();
	}

	/** A category in the filter's list; major classes first in their group. */
	record CategoryOption(String code, String name, boolean major) {
	}

	/**
	 * The filter of the list as the page sends it.
	 *
	 * @param state states, any if empty
	 * @param category category code prefix
	 * @param org org code prefix
	 * @param unit handling unit prefix
	 * @param overdue {@code red} or {@code yellow}
	 * @param from reported from this day
	 * @param to reported until this day
	 * @param q a number or text
	 * @param sort order
	 * @param cursor page
	 */
	record ListParams(List<CaseState> state, String category, String org, String unit, String overdue,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q, String sort, String cursor) {

		ListParams {
			state = (state != null) ? List.copyOf(state) : List.of();
		}

		CaseFilter filter(String page, int limit) {
			return new CaseFilter(this.state, this.category, this.org, this.unit, overdueLevel(this.overdue), null,
					this.q, this.from, this.to, this.sort, page, limit);
		}

		public boolean hasState(CaseState wanted) {
			return this.state.contains(wanted);
		}

		private static OverdueLevel overdueLevel(String overdue) {
			if (overdue == null || overdue.isBlank()) {
				return null;
			}
			return switch (overdue.toLowerCase(Locale.ROOT)) {
				case "red" -> OverdueLevel.RED;
				case "yellow" -> OverdueLevel.YELLOW;
				default -> throw new InvalidInputException("cases.list.bad-overdue", overdue);
			};
		}

		/**
		 * The filter in a few words for the audit log: no free text, which may name
		 * people.
		 */
		String describe() {
			return "state=" + this.state + " category=" + blank(this.category) + " org=" + blank(this.org) + " unit="
					+ blank(this.unit) + " overdue=" + blank(this.overdue) + " from=" + this.from + " to=" + this.to
					+ " text=" + ((this.q != null && !this.q.isBlank()) ? "yes" : "no");
		}

		private static String blank(String text) {
			return (text == null || text.isBlank()) ? "-" : text.strip();
		}

	}

}
