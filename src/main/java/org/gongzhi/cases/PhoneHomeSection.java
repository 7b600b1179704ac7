package org.gongzhi.cases;

/**
 * A section another module adds to the grid worker's phone home ({@code /m}), as a bean:
 * the home loads the HTML fragment at {@code fragmentUrl} into a section of its own, each
 * time it is shown. The cases module knows nothing of what the fragment shows; the
 * fragment's own endpoint checks who may see it and limits it to the worker's scope. (The
 * same pattern as the org map's side panel sections.)
 *
 * @param id a name for the section, unique on the home
 * @param fragmentUrl where the fragment is, e.g. {@code /registry/phone/overdue-visits}
 * @param order position among the sections, lower first; all come after the report button
 * and the counters, before the case lists
 */
public record PhoneHomeSection(String id, String fragmentUrl, int order) {

	public PhoneHomeSection {
		if (!fragmentUrl.startsWith("/")) {
			throw new IllegalArgumentException("a section is a fragment of this application: " + fragmentUrl);
		}
	}

}
