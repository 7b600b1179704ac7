package org.gongzhi.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds to rollup rows, creating them when missing, without losing an increment when
 * listeners run concurrently. Upserts differ between databases: one implementation per
 * database, chosen by {@link RollupUpsertsConfig}, both tested.
 */
interface RollupUpserts {

	/** Every counter column, in {@link Counter} order. */
	String COUNTER_COLUMNS = Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));

	String KEY_COLUMNS = "on_day, org_code, unit_code, category_code, worker_id";

	/** The key of the rows without the worker ({@code indicator_rollup_unit}, V7_2). */
	String UNIT_KEY_COLUMNS = "district_code, on_day, org_code, unit_code, category_code";

	/**
	 * Records that the event is being counted, in the caller's transaction; whether it
	 * was new (false: counted before, skip it).
	 */
	boolean claim(long eventId, Instant processedAt);

	/** Adds the deltas (in {@link Counter} order) to the row of the key. */
	void addCounters(RollupKey key, long[] deltas);

	/** Adds closures to one duration bucket of the key. */
	void addClosures(RollupKey key, int bucket, long closures);

	/**
	 * Adds the deltas (in {@link Counter} order) to the row without the worker of the key
	 * (its worker is ignored).
	 */
	void addUnitCounters(RollupKey key, long[] deltas);

	/** Adds closures to one duration bucket of the row without the worker of the key. */
	void addUnitClosures(RollupKey key, int bucket, long closures);

	/** Adds to the count of cases in one state. */
	void addCases(StateKey key, long delta);

	/** Parameters of a rollup key: the key columns then the district code. */
	static List<Object> keyParams(RollupKey key) {
		List<Object> params = new ArrayList<>();
		params.add(Date.valueOf(key.day()));
		params.add(key.orgCode());
		params.add(key.unitCode());
		params.add(key.categoryCode());
		params.add(key.workerId());
		params.add(key.districtCode());
		return params;
	}

	/** Parameters of a key without the worker: {@link #UNIT_KEY_COLUMNS}. */
	static List<Object> unitKeyParams(RollupKey key) {
		List<Object> params = new ArrayList<>();
		params.add(key.districtCode());
		params.add(Date.valueOf(key.day()));
		params.add(key.orgCode());
		params.add(key.unitCode());
		params.add(key.categoryCode());
		return params;
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}
