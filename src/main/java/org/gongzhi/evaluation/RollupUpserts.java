package org.gongzhi.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
	 * Records that the events are being counted, in the caller's transaction; the ids of
	 * those that were new.
	 */
	default Set<Long> claim(Collection<Long> eventIds, Instant processedAt) {
		Set<Long> claimed = new HashSet<>();
		for (long eventId : eventIds) {
			if (claim(eventId, processedAt)) {
				claimed.add(eventId);
			}
		}
		return claimed;
	}

	/**
	 * Adds each row's additive values to the row of its key, creating it when missing, in
	 * the order given; then deletes the rows that came to 0 if the table drops them.
	 * @param rows values in the order of {@link RollupTable#columns()}
	 */
	void add(RollupTable table, List<Object[]> rows);

}
