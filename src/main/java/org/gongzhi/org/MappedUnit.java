package org.gongzhi.org;

/**
 * An org unit with its outline (GeoJSON geometry text) and label point, as the map shows
 * it.
 */
record MappedUnit(String code, String name, OrgLevel level, String parentCode, Integer households, Integer population,
		String boundary, Double labelLat, Double labelLng) {
}
