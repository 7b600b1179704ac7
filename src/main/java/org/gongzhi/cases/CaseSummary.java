package org.gongzhi.cases;

import java.time.Instant;

/**
 * A case in a list.
 *
 * @param id id
 * @param number readable number
 * @param state state
 * @param categoryCode category
 * @param categoryName its name in the caller's language
 * @param publicVisible whether its category is shown on the public map
 * @param priority priority
 * @param orgCode the grid it lies in
 * @param address address text
 * @param description what is wrong
 * @param unitCode handling unit
 * @param lat WGS-84 latitude
 * @param lng WGS-84 longitude
 * @param reportedAt when it was reported
 * @param stage running stage
 * @param stageDeadline its deadline
 * @param overdueLevel yellow, red or {@code null}
 * @param selfHandled handled on the spot by its grid worker
 * @param reworkCount times sent back after verification
 * @param late whether a stage went past its deadline
 * @param version current version
 */
record CaseSummary(long id, String number, CaseState state, String categoryCode, String categoryName,
		boolean publicVisible, Priority priority, String orgCode, String address, String description, String unitCode,
		double lat, double lng, Instant reportedAt, Stage stage, Instant stageDeadline, OverdueLevel overdueLevel,
		boolean selfHandled, int reworkCount, boolean late, int version) {
}
