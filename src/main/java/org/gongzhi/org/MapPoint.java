package org.gongzhi.org;

/**
 * A WGS-84 point to centre a map on.
 *
 * @param lat latitude
 * @param lng longitude
 */
public record MapPoint(double lat, double lng) {
}
