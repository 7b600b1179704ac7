package org.gongzhi.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.org.OrgProperties;
import org.gongzhi.shared.web.UserView;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The command-centre dashboard (指挥驾驶舱) of a place: counts, indicators, trends, the map of
 * open cases and rankings, for the caller's scope or a place within it (drill down by
 * clicking the map, a ranking bar or the breadcrumb). One request renders it; the map's
 * points and outlines come as JSON.
 */
@Controller
@PreAuthorize(DashboardController.WHO)
class DashboardController {

	static final String WHO = "hasAnyRole('LEADER', 'DISPATCHER', 'COMMUNITY_WORKER', 'PARTY_SECRETARY')";

	static final String VIEW = "dashboard/dashboard";

	/** Message keys the page's script shows. */
	private static final String[] LABELS = { "dashboard.chart.reported", "dashboard.chart.closed",
			"dashboard.indicator.response", "dashboard.indicator.closure", "dashboard.indicator.on-time",
			"dashboard.indicator.rework", "dashboard.indicator.satisfaction", "dashboard.indicator.hours",
			"dashboard.map.normal", "dashboard.map.yellow", "dashboard.map.red", "dashboard.map.cluster",
			"dashboard.map.load-failed", "dashboard.map.open-here", "dashboard.chart.click-to-drill" };

	private final DashboardFigures figures;

	private final OrgProperties orgProperties;

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardController(DashboardFigures figures, OrgProperties orgProperties, MessageSource messages,
			JsonMapper json) {
		this.figures = figures;
		this.orgProperties = orgProperties;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String org, @RequestParam(required = false) Integer days,
			@AuthenticationPrincipal UserView user, Locale locale, Model model) {
		int period = (days != null && DashboardFigures.PERIODS.contains(days)) ? days : DashboardFigures.DEFAULT_DAYS;
		DashboardFigures.Figures shown = this.figures.of(org, period, locale);
		model.addAttribute("figures", shown);
		model.addAttribute("breadcrumb", this.figures.breadcrumb(shown.unit(), user.getOrgCode()));
		model.addAttribute("periods", DashboardFigures.PERIODS);
		// a name holding "</script>" must not end the script block
		model.addAttribute("dashboardData", this.json.writeValueAsString(data(shown, locale)).replace("</", "<\\/"));
		return VIEW;
	}

	/** What the page's script draws: charts, map settings and its texts. */
	private Map<String, Object> data(DashboardFigures.Figures shown, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("org", shown.unit().code());
		data.put("days", shown.days());
		data.put("drillable", shown.placesLevel() != null);
		data.put("tileUrl", this.orgProperties.map().tileUrl());
		data.put("attribution", this.orgProperties.map().attribution());
		data.put("maxZoom", this.orgProperties.map().maxZoom());
		List<String> keys = new ArrayList<>();
		List<Long> reported = new ArrayList<>();
		List<Long> closed = new ArrayList<>();
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		for (String name : List.of("response", "closure", "onTime", "rework", "satisfaction", "hours")) {
			rates.put(name, new ArrayList<>());
		}
		for (DashboardFigures.Trend point : shown.trend()) {
			keys.add(point.key());
			reported.add(point.reported());
			closed.add(point.closed());
			rates.get("response").add(percent(point.ratios().responseRate()));
			rates.get("closure").add(percent(point.ratios().closureRate()));
			rates.get("onTime").add(percent(point.ratios().onTimeClosureRate()));
			rates.get("rework").add(percent(point.ratios().reworkRate()));
			rates.get("satisfaction").add(percent(point.ratios().satisfactionRate()));
			rates.get("hours").add(round(point.ratios().averageClosureHours()));
		}
		data.put("trend", Map.of("keys", keys, "reported", reported, "closed", closed, "rates", rates));
		data.put("places",
				shown.places()
					.stream()
					.map((place) -> Map.of("code", place.code(), "name", place.name(), "onTime",
							(place.onTimeClosureRate() != null) ? percent(place.onTimeClosureRate()) : -1))
					.toList());
		data.put("categories", shown.categories());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : LABELS) {
			labels.put(key, this.messages.getMessage(key, null, locale));
		}
		data.put("labels", labels);
		return data;
	}

	private static Double percent(Double ratio) {
		return (ratio != null) ? Math.round(ratio * 1000) / 10.0 : null;
	}

	private static Double round(Double value) {
		return (value != null) ? Math.round(value * 10) / 10.0 : null;
	}

}
