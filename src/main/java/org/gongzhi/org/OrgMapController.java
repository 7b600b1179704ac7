package org.gongzhi.org;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.shared.scope.ScopeGuard;
import org.gongzhi.shared.web.UserView;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of the org tree: district → street → community → grid, with a side panel of
 * figures.
 */
@Controller
@PreAuthorize("hasAnyRole('GRID_WORKER','COMMUNITY_WORKER','DISPATCHER','DEPARTMENT','PARTY_SECRETARY','LEADER','ADMIN')")
class OrgMapController {

	static final String VIEW = "org/map";

	/** Message keys the map script shows, passed to it in the page. */
	private static final String[] LABELS = { "org.map.households", "org.map.population", "org.map.grids",
			"org.map.grid-workers", "org.map.per-worker", "org.map.no-worker", "org.map.overloaded",
			"org.map.overloaded-count", "org.map.child-summary", "org.map.worker", "org.map.children", "org.map.code",
			"org.map.level", "org.map.none", "org.map.load-failed", "org.map.edit", "org.level.PROVINCE",
			"org.level.CITY", "org.level.DISTRICT", "org.level.STREET", "org.level.COMMUNITY", "org.level.GRID",
			"org.level.BUILDING" };

	private final OrgUnits units;

	private final OrgProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ScopeGuard scope;

	private final java.util.List<MapPanelSection> sections;

	OrgMapController(OrgUnits units, OrgProperties properties, MessageSource messages, JsonMapper json,
			ScopeGuard scope, org.springframework.beans.factory.ObjectProvider<MapPanelSection> sections) {
		this.scope = scope;
		this.sections = sections.orderedStream()
			.sorted(java.util.Comparator.comparingInt(MapPanelSection::order))
			.toList();
		this.units = units;
		this.properties = properties;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/org/map")
	String map(@RequestParam(required = false) String code, @AuthenticationPrincipal UserView user, Locale locale,
			Authentication authentication, Model model) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		String start = (code != null) ? code : (user.getOrgCode() != null) ? user.getOrgCode() : "";
		this.scope.requireVisible(start, "org.unit.not-found", start);
		OrgUnit unit = this.units.get(start);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("start", unit.code());
		config.put("tileUrl", this.properties.map().tileUrl());
		config.put("attribution", this.properties.map().attribution());
		config.put("maxZoom", this.properties.map().maxZoom());
		config.put("editBase", admin ? "/org/units/" : null);
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : LABELS) {
			labels.put(key, this.messages.getMessage(key, null, locale));
		}
		config.put("labels", labels);
		java.util.Set<String> roles = new java.util.HashSet<>();
		authentication.getAuthorities()
			.forEach((authority) -> roles.add(authority.getAuthority().replaceFirst("^ROLE_", "")));
		config.put("sections",
				this.sections.stream()
					.filter((section) -> section.roles().stream().anyMatch(roles::contains))
					.map((section) -> Map.of("id", section.id(), "url", section.fragmentUrl()))
					.toList());
		model.addAttribute("mapConfig", this.json.writeValueAsString(config));
		return VIEW;
	}

}
