package org.gongzhi.cases;

import java.time.Instant;

/**
 * An open case near a reported point: perhaps the same problem.
 *
 * @param id id
 * @param number readable number
 * @param state state
 * @param categoryCode category
 * @param categoryName its name
 * @param lat WGS-84 latitude
 * @param lng WGS-84 longitude
 * @param distanceMetres distance from the point
 * @param reportedAt when it was reported
 * @param address address (staff only)
 * @param description description (staff only)
 */
record NearbyCase(long id, String number, CaseState state, String categoryCode, String categoryName, double lat,
		double lng, long distanceMetres, Instant reportedAt, String address, String description) {
}
