package org.gongzhi.cases;

/**
 * An open case as a point on a map.
 *
 * @param id the case's id
 * @param number its readable number
 * @param lat WGS-84 latitude
 * @param lng WGS-84 longitude
 * @param categoryCode its category
 * @param state its state
 * @param overdue how far its running stage is through its time limit now: {@code null}
 * within 80 %, yellow beyond, red past the deadline
 */
public record OpenCase(long id, String number, double lat, double lng, String categoryCode, CaseState state,
		OverdueLevel overdue) {

}
