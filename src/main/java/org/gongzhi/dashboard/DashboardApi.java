package org.gongzhi.dashboard;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongzhi.cases.OpenCase;
import org.gongzhi.cases.OpenCasesMap;
import org.gongzhi.cases.OverdueLevel;
import org.gongzhi.identity.CurrentScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard map's data over REST. */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "dashboard", description = "Command-centre dashboard data")
class DashboardApi {

	private final OpenCasesMap openCases;

	private final CurrentScope scope;

	DashboardApi(OpenCasesMap openCases, CurrentScope scope) {
		this.openCases = openCases;
		this.scope = scope;
	}

	@GetMapping("/open-cases")
	@PreAuthorize(DashboardController.WHO)
	@Operation(summary = "Open cases of a place as map points, coloured by overdue level (null, YELLOW, RED) now",
			description = "At most " + OpenCasesMap.MAX_POINTS + " points, the most overdue first; counts are of"
					+ " the points. An org unit outside the caller's scope answers 404.")
	OpenCases openCases(@RequestParam(required = false) String org, Locale locale) {
		String code = (org != null && !org.isBlank()) ? org.strip() : this.scope.get().orgCode();
		List<OpenCase> cases = this.openCases.within(code);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("NORMAL", 0L);
		Map<OverdueLevel, Long> levels = new EnumMap<>(OverdueLevel.class);
		for (OverdueLevel level : OverdueLevel.values()) {
			levels.put(level, 0L);
		}
		Map<String, String> names = new HashMap<>();
		List<Point> points = cases.stream().map((open) -> {
			if (open.overdue() == null) {
				counts.merge("NORMAL", 1L, Long::sum);
			}
			else {
				levels.merge(open.overdue(), 1L, Long::sum);
			}
			String name = names.computeIfAbsent(open.categoryCode(),
					(category) -> this.openCases.categoryName(category, locale));
			return new Point(open.id(), open.number(), open.lat(), open.lng(), name, open.state().name(),
					(open.overdue() != null) ? open.overdue().name() : "NORMAL");
		}).toList();
		levels.forEach((level, count) -> counts.put(level.name(), count));
		return new OpenCases(code, counts, points);
	}

	/**
	 * The open cases of a place.
	 *
	 * @param org the place
	 * @param counts points per level: NORMAL, YELLOW, RED
	 * @param points the points
	 */
	record OpenCases(String org, Map<String, Long> counts, List<Point> points) {
	}

	/**
	 * One open case.
	 *
	 * @param id its id
	 * @param number its number
	 * @param lat latitude (WGS-84)
	 * @param lng longitude
	 * @param category its category's name
	 * @param state its state
	 * @param level NORMAL, YELLOW or RED
	 */
	record Point(long id, String number, double lat, double lng, String category, String state, String level) {
	}

}
