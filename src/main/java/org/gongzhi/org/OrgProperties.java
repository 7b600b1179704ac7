package org.gongzhi.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the org module.
 *
 * @param maxHouseholdsPerWorker a grid worker carrying more households than this is
 * flagged
 * @param map the map tiles
 */
@ConfigurationProperties("gongzhi.org")
public record OrgProperties(@DefaultValue("300") int maxHouseholdsPerWorker, @DefaultValue Map map) {

	/**
	 * The base map. Without a tile URL the outlines are drawn on a plain background,
	 * which also works offline.
	 *
	 * @param tileUrl a Leaflet tile URL template, e.g. a 天地图 or 高德 URL with its key
	 * @param attribution the attribution the tile provider requires
	 * @param maxZoom the deepest zoom the tiles offer
	 */
	public record Map(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution,
			@DefaultValue("18") int maxZoom) {
	}

}
