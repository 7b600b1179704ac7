package org.gongzhi.org;

/**
 * A point inside a grid (its label point) and its households, e.g. to place generated
 * cases where people live.
 *
 * @param code the grid's code
 * @param households households in the grid, 0 if unknown
 * @param lat WGS-84 latitude of the point
 * @param lng WGS-84 longitude of the point
 */
public record GridPoint(String code, int households, double lat, double lng) {

}
