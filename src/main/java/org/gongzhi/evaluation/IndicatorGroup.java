package org.gongzhi.evaluation;

import java.util.Map;

import org.gongzhi.cases.CaseState;

/**
 * One group of an indicator report.
 *
 * @param key the group: an org unit code, a unit code, a user id, a category code, a day,
 * the Monday of a week or a month ({@code yyyy-MM}); {@code "*"} for the total
 * @param name the name of an org unit or unit, the ISO week of a week ({@code 2026-W48});
 * {@code null} where none is known
 * @param counters the counters
 * @param indicators the ratios
 * @param states cases in each state now (not of the period); {@code null} for groupings
 * by worker or period, which states do not have
 */
public record IndicatorGroup(String key, String name, IndicatorCounters counters, IndicatorRatios indicators,
		Map<CaseState, Long> states) {

}
