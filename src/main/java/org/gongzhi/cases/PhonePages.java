package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.org.MapPoint;
import org.gongzhi.org.OrgProperties;
import org.gongzhi.org.OrgUnits;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the phone pages share: the configuration their scripts read from the page (map
 * tiles and centre, texts in the reader's language) and the tab bar of each role.
 */
@Component
class PhonePages {

	/** Tabs of a resident. */
	static final List<Tab> RESIDENT_TABS = List.of(new Tab("/report", "report.tab.new", "plus"),
			new Tab("/report/mine", "report.tab.mine", "list"), new Tab("/report/around", "report.tab.around", "map"));

	/** Tabs of a grid worker. */
	static final List<Tab> GRID_TABS = List.of(new Tab("/m/", "grid.tab.home", "home"),
			new Tab("/m/report", "grid.tab.report", "camera"), new Tab("/m/queue", "grid.tab.queue", "queue"));

	private final OrgUnits orgUnits;

	private final OrgProperties orgProperties;

	private final MessageSource messages;

	private final JsonMapper json;

	PhonePages(OrgUnits orgUnits, OrgProperties orgProperties, MessageSource messages, JsonMapper json) {
		this.orgUnits = orgUnits;
		this.orgProperties = orgProperties;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * The JSON a page script reads from its {@code data-config}: the map (tiles, centre
	 * on {@code orgCode} or the whole area), the texts under {@code labelKeys} and
	 * anything else the page adds.
	 */
	String config(String orgCode, Locale locale, List<String> labelKeys, Map<String, Object> extra) {
		Map<String, Object> config = new LinkedHashMap<>();
		MapPoint centre = this.orgUnits.mapCentre(orgCode).orElse(new MapPoint(41.83, 123.43));
		config.put("centre", List.of(centre.lat(), centre.lng()));
		config.put("tileUrl", this.orgProperties.map().tileUrl());
		config.put("attribution", this.orgProperties.map().attribution());
		config.put("maxZoom", this.orgProperties.map().maxZoom());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : labelKeys) {
			labels.put(key, this.messages.getMessage(key, null, locale));
		}
		config.put("labels", labels);
		config.putAll(extra);
		return this.json.writeValueAsString(config);
	}

	/** A case's timeline newest first, as the phone pages show it. */
	static List<CaseView.Entry> newestFirst(CaseView view) {
		List<CaseView.Entry> entries = new ArrayList<>(view.timeline());
		Collections.reverse(entries);
		return entries;
	}

	/**
	 * One tab of the bar at the bottom of a phone page.
	 *
	 * @param path where it leads
	 * @param labelKey message key of its label
	 * @param icon symbol in {@code img/phone-icons.svg}
	 */
	record Tab(String path, String labelKey, String icon) {
	}

}
