package org.gongzhi.evaluation;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The rows that changes add to, as values in their table's column order
 * ({@link RollupTable#columns()}): table by table in the one order every transaction
 * writes them, each table's rows in key order, so that concurrent listeners never wait
 * for each other in a cycle.
 */
final class RollupWrites {

	private RollupWrites() {
	}

	/**
	 * The rows to add to one table.
	 *
	 * @param table the table
	 * @param rows the rows' values
	 */
	record Write(RollupTable table, List<Object[]> rows) {
	}

	static List<Write> of(RollupChanges changes) {
		List<Write> writes = new ArrayList<>();
		writes.add(counters(RollupTable.ROLLUP, changes.counters(), RollupWrites::workerKey));
		writes.add(closures(RollupTable.CLOSURE_BUCKET, changes.closures(), RollupWrites::workerKey));
		writes.add(counters(RollupTable.ROLLUP_UNIT, changes.unitCounters(), RollupWrites::unitKey));
		writes.add(closures(RollupTable.CLOSURE_BUCKET_UNIT, changes.unitClosures(), RollupWrites::unitKey));
		writes.add(counters(RollupTable.ROLLUP_AREA, changes.areaCounters(), RollupWrites::areaKey));
		writes.add(closures(RollupTable.CLOSURE_BUCKET_AREA, changes.areaClosures(), RollupWrites::areaKey));
		writes.add(cases(RollupTable.STATE_COUNT, changes.states(), RollupWrites::stateKey));
		writes.add(cases(RollupTable.STATE_AREA, changes.areaStates(), RollupWrites::areaStateKey));
		writes.removeIf((write) -> write.rows().isEmpty());
		return writes;
	}

	private static <K> Write counters(RollupTable table, SortedMap<K, long[]> changes,
			BiFunction<K, Integer, List<Object>> key) {
		List<Object[]> rows = new ArrayList<>();
		changes.forEach((k, deltas) -> rows.add(values(key.apply(k, null), deltas)));
		return new Write(table, rows);
	}

	private static <K> Write closures(RollupTable table, SortedMap<K, SortedMap<Integer, Long>> changes,
			BiFunction<K, Integer, List<Object>> key) {
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<K, SortedMap<Integer, Long>> entry : changes.entrySet()) {
			entry.getValue()
				.forEach((bucket, closures) -> rows
					.add(values(key.apply(entry.getKey(), bucket), new long[] { closures })));
		}
		return new Write(table, rows);
	}

	private static <K> Write cases(RollupTable table, SortedMap<K, Long> changes, Function<K, List<Object>> key) {
		List<Object[]> rows = new ArrayList<>();
		changes.forEach((k, delta) -> rows.add(values(key.apply(k), new long[] { delta })));
		return new Write(table, rows);
	}

	/** {@code indicator_rollup}: the key (with the bucket), then the district. */
	private static List<Object> workerKey(RollupKey key, Integer bucket) {
		List<Object> values = new ArrayList<>(
				List.of(Date.valueOf(key.day()), key.orgCode(), key.unitCode(), key.categoryCode(), key.workerId()));
		if (bucket != null) {
			values.add(bucket);
		}
		values.add(key.districtCode());
		return values;
	}

	/** {@code indicator_rollup_unit}: the district leads the key. */
	private static List<Object> unitKey(RollupKey key, Integer bucket) {
		List<Object> values = new ArrayList<>(List.of(key.districtCode(), Date.valueOf(key.day()), key.orgCode(),
				key.unitCode(), key.categoryCode()));
		if (bucket != null) {
			values.add(bucket);
		}
		return values;
	}

	private static List<Object> areaKey(AreaKey<RollupKey> key, Integer bucket) {
		RollupKey row = key.row();
		List<Object> values = area(key.area(), row.districtCode(), row.orgCode(), row.unitCode(), row.categoryCode());
		values.add(Date.valueOf(row.day()));
		if (bucket != null) {
			values.add(bucket);
		}
		return values;
	}

	/** {@code indicator_state_count}: the key, then the district. */
	private static List<Object> stateKey(StateKey key) {
		return List.of(key.orgCode(), key.unitCode(), key.categoryCode(), key.state().name(),
				RollupKey.districtOf(key.orgCode()));
	}

	private static List<Object> areaStateKey(AreaKey<StateKey> key) {
		StateKey row = key.row();
		List<Object> values = area(key.area(), RollupKey.districtOf(row.orgCode()), row.orgCode(), row.unitCode(),
				row.categoryCode());
		values.add(row.state().name());
		return values;
	}

	private static List<Object> area(Area area, String district, String org, String unit, String category) {
		return new ArrayList<>(
				List.of(district, area.level().codeLength(), area.breakdown().name(), org, unit, category));
	}

	/** A row: its key and inserted columns, then the values to add. */
	private static Object[] values(List<Object> key, long[] added) {
		Object[] values = new Object[key.size() + added.length];
		int i = 0;
		for (Object value : key) {
			values[i++] = value;
		}
		for (long value : added) {
			values[i++] = value;
		}
		return values;
	}

}
