package org.gongzhi.evaluation;

/**
 * The key of an area row: its kind and the key of the row it sums to (the org code cut to
 * the area's level, {@link Area#ALL} for the units or categories summed over, worker 0).
 *
 * @param <K> {@link RollupKey} for counters and closures, {@link StateKey} for cases by
 * state
 * @param area the kind of area row
 * @param row the summed row's key
 */
record AreaKey<K extends Comparable<K>>(Area area, K row) implements Comparable<AreaKey<K>> {

	/** Rows are written in this order, like those of every other rollup table. */
	@Override
	public int compareTo(AreaKey<K> other) {
		int byArea = this.area.compareTo(other.area);
		return (byArea != 0) ? byArea : this.row.compareTo(other.row);
	}

}
