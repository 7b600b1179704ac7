package org.gongzhi.evaluation;

import java.time.ZoneId;

/**
 * How the indicators are defined (DOMAIN.md §3). Every report names the {@link #VERSION}
 * it was computed with; a change of meaning gets a new version.
 *
 * <h2>Counting</h2> Every case event counts on the Asia/Shanghai day it happened (an
 * event at 23:30 Beijing time counts on that day), at the case's org unit (usually a
 * grid; communities, streets and the district add up their grids), its handling unit, its
 * category and the user who acted (the worker; none for the system, residents' reports
 * and ratings).
 * <ul>
 * <li>reported: 上报 (a case reported as already handled by a grid worker also counts in
 * selfHandled); accepted, acceptedWithinLimit: 立案 (within the accept time limit);
 * rejected: 不予立案;</li>
 * <li>dispatched: 派遣 to a unit (again after a return or rework too); returned: 退回,
 * counted for the unit that returned it; handled, handledWithinLimit: 处置完毕 by the
 * unit;</li>
 * <li>verified: 核查; rework: 核查不通过 (返工), counted for the unit whose handling failed;</li>
 * <li>closed, closedOnTime, closedSolved: 结案 (a reopened case closed again counts again),
 * closureSecondsSum: clock time from report to closure; rated, satisfied (满意 + 基本满意),
 * dissatisfied: 评价; reopened: 重办; overdueYellow, overdueRed: 黄牌/红牌; escalated: 吹哨;
 * supervised: 督办.</li>
 * </ul>
 *
 * <h2>应结案数 (should be closed)</h2> shouldClose counts the cases <em>reported</em> in the
 * period (on their report day, at their current place, unit and category) that were not
 * rejected (不予立案): every case that entered the loop, accepted or self-handled, or still
 * waits to be accepted. shouldCloseClosed counts those of them that are closed now
 * (closed or evaluated, not reopened since); shouldCloseOnTime those whose last closure
 * was on time. These grow as the cases of a period get closed later, and never exceed
 * shouldClose.
 *
 * <h2>Ratios</h2> (each {@code null} when its denominator is 0)
 * <ul>
 * <li>响应率 responseRate = acceptedWithinLimit / reported</li>
 * <li>结案率 closureRate = shouldCloseClosed / shouldClose</li>
 * <li>按期结案率 onTimeClosureRate = shouldCloseOnTime / shouldClose</li>
 * <li>按期处置率 onTimeHandlingRate = handledWithinLimit / handled</li>
 * <li>返工率 reworkRate = rework / handled</li>
 * <li>退回率 returnRate = returned / dispatched</li>
 * <li>解决率 solvedRate = closedSolved / closed</li>
 * <li>满意率 satisfactionRate = satisfied / rated</li>
 * <li>average closure hours = closureSecondsSum / closed / 3600</li>
 * <li>p90 closure hours: the nearest-rank 90th percentile of the closures of the period,
 * estimated from duration buckets: within 5 % (or 30 seconds, for closures under a
 * minute) of the exact value; closures over a year count as a year.</li>
 * </ul>
 *
 * <h2>Counts by state</h2> are current (not of the period): how many cases are in each
 * state now, at their current place, unit and category. DISPATCHED includes cases in
 * progress (no event marks the start of handling).
 */
public final class IndicatorDefinitions {

	/** The version of these definitions, named in every report. */
	public static final String VERSION = "1";

	/** Days are Beijing time days. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private IndicatorDefinitions() {
	}

}
