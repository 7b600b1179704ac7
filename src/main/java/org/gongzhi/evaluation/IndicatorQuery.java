package org.gongzhi.evaluation;

import java.time.LocalDate;

/**
 * What indicators to compute.
 *
 * @param org org unit code; {@code null} for the caller's whole scope
 * @param unit handling unit code with its subtree: the departments below a department
 * (their codes continue with {@code -}), every unit whose code continues an org unit's
 * code (its org units, and departments named after it such as {@code 210105-CG});
 * {@code null} for all (department staff: their department)
 * @param category category code prefix; {@code null} for all
 * @param from first day (Beijing time); {@code null} for the first of this month
 * @param to last day, inclusive; {@code null} for today
 * @param groupBy the grouping; {@code null} for none
 * @param percentiles whether to estimate percentiles of closure times
 * ({@code p90ClosureHours}), which reads a row per closure time bucket, day and group;
 * without them {@code p90ClosureHours} is {@code null}
 */
public record IndicatorQuery(String org, String unit, String category, LocalDate from, LocalDate to, GroupBy groupBy,
		boolean percentiles) {

	/** A query with every indicator, percentiles included. */
	public IndicatorQuery(String org, String unit, String category, LocalDate from, LocalDate to, GroupBy groupBy) {
		this(org, unit, category, from, to, groupBy, true);
	}

}
