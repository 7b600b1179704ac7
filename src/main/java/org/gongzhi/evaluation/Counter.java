package org.gongzhi.evaluation;

import java.util.Locale;

/**
 * The additive counters of a rollup row, in the order of {@link IndicatorCounters}; each
 * is a column of {@code indicator_rollup} named after it.
 */
enum Counter {

	REPORTED, SELF_HANDLED, ACCEPTED, ACCEPTED_WITHIN_LIMIT, REJECTED, DISPATCHED, RETURNED, HANDLED,
	HANDLED_WITHIN_LIMIT, VERIFIED, REWORK, CLOSED, CLOSED_ON_TIME, CLOSED_SOLVED, CLOSURE_SECONDS_SUM, RATED,
	SATISFIED, DISSATISFIED, REOPENED, OVERDUE_YELLOW, OVERDUE_RED, ESCALATED, SUPERVISED, SHOULD_CLOSE,
	SHOULD_CLOSE_CLOSED, SHOULD_CLOSE_ON_TIME;

	static final int COUNT = values().length;

	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

}
