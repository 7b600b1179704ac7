package org.gongzhi.org;

/**
 * Where a grid lies and how many households live in it, for spreading things over a
 * district by where people live.
 *
 * @param code the grid's code
 * @param households its estimated households, 0 if unknown
 * @param labelLat latitude of a point inside it
 * @param labelLng longitude of that point
 * @param minLat southern edge of its bounding box
 * @param minLng western edge
 * @param maxLat northern edge
 * @param maxLng eastern edge
 */
public record GridArea(String code, int households, double labelLat, double labelLng, double minLat, double minLng,
		double maxLat, double maxLng) {

}
