package org.gongzhi.evaluation;

/**
 * The SQL expression over a rollup table's key columns that forms each grouping's groups.
 * Org levels are code prefixes (NBS codes are hierarchical: a community's code starts
 * with its street's); periods are grouped by day here and folded by {@link Periods}.
 */
final class GroupExpressions {

	private GroupExpressions() {
	}

	/** The expression, {@code null} for a single group. */
	static String of(GroupBy groupBy) {
		if (groupBy.orgLevel() != null) {
			return "substr(org_code, 1, " + groupBy.orgLevel().codeLength() + ")";
		}
		return switch (groupBy) {
			case NONE -> null;
			case UNIT -> "unit_code";
			case WORKER -> "cast(worker_id as varchar(20))";
			case CATEGORY -> "category_code";
			case DAY, WEEK, MONTH -> "on_day";
			default -> throw new IllegalArgumentException(groupBy.name());
		};
	}

	/**
	 * Whether groups have case counts by state: states are kept per place, unit and
	 * category, not per worker or period.
	 */
	static boolean hasStates(GroupBy groupBy) {
		return groupBy != GroupBy.WORKER && !groupBy.isPeriod();
	}

}
