package org.gongzhi.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Indicators of an org unit (and optionally a handling unit and a category) over a
 * period.
 *
 * @param definitionsVersion {@link IndicatorDefinitions#VERSION} of the definitions used
 * @param org the org unit's code
 * @param orgName its name
 * @param unit the handling unit (with its subtree), {@code null} for all
 * @param category the category code prefix, {@code null} for all
 * @param from first day (Beijing time)
 * @param to last day, inclusive
 * @param groupBy how {@code groups} are formed
 * @param total all groups together
 * @param groups the groups with any data (periods: every period of the range)
 */
public record IndicatorReport(String definitionsVersion, String org, String orgName, String unit, String category,
		LocalDate from, LocalDate to, GroupBy groupBy, IndicatorGroup total, List<IndicatorGroup> groups) {

}
