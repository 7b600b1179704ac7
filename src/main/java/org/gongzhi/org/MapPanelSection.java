package org.gongzhi.org;

import java.util.Set;

/**
 * A section another module adds to the side panel of the org map, as a bean: the map
 * loads the HTML fragment at {@code fragmentUrl} (with {@code {code}} replaced by the
 * shown unit's code) into the panel each time a unit is shown. The org module knows
 * nothing of what the fragment shows; the fragment's own endpoint checks who may see it.
 *
 * @param id a name for the section, unique on the map
 * @param fragmentUrl where the fragment is, e.g.
 * {@code /registry/coverage/panel?org={code}}
 * @param order position, lower first
 * @param roles who sees it (role names without {@code ROLE_})
 */
public record MapPanelSection(String id, String fragmentUrl, int order, Set<String> roles) {

	public MapPanelSection {
		roles = Set.copyOf(roles);
	}

}
