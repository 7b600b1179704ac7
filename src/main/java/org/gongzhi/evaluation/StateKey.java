package org.gongzhi.evaluation;

import java.util.Comparator;

import org.gongzhi.cases.CaseState;

/**
 * The key of a row of current case counts by state.
 *
 * @param orgCode the case's org unit
 * @param unitCode the handling unit, {@code ""} for none
 * @param categoryCode the case's category
 * @param state the state
 */
record StateKey(String orgCode, String unitCode, String categoryCode, CaseState state) implements Comparable<StateKey> {

	private static final Comparator<StateKey> ORDER = Comparator.comparing(StateKey::orgCode)
		.thenComparing(StateKey::unitCode)
		.thenComparing(StateKey::categoryCode)
		.thenComparing(StateKey::state);

	@Override
	public int compareTo(StateKey other) {
		return ORDER.compare(this, other);
	}

}
