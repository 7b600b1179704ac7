package org.gongzhi.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * Adds to rollup rows, creating them when missing, without losing an increment when
 * listeners run concurrently. Upserts differ between databases: one implementation per
 * database, chosen by {@link RollupUpsertsConfig}, both tested.
 */
interface RollupUpserts {

	/**
	 * Records that the event is being counted, in the caller's transaction; whether it
	 * was new (false: counted before, skip it).
	 */
	boolean claim(long eventId, Instant processedAt);

	/**
	 * Adds each row's additive values to the row of its key, creating it when missing, in
	 * the order given; then deletes the rows that came to 0 if the table drops them.
	 * @param rows values in the order of {@link RollupTable#columns()}
	 */
	void add(RollupTable table, List<Object[]> rows);

}
