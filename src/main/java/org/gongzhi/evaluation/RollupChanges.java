package org.gongzhi.evaluation;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.gongzhi.cases.CaseState;

/**
 * What one case event changes in the rollups: counter deltas per row, closure counts per
 * duration bucket, case counts per state, and their sums without the worker and per kept
 * {@link Area}. Kept sorted so that rows are written in one global order (no deadlocks
 * between concurrent listeners); zero deltas are dropped.
 */
final class RollupChanges {

	private final SortedMap<RollupKey, long[]> counters = new TreeMap<>();

	private final SortedMap<RollupKey, SortedMap<Integer, Long>> closures = new TreeMap<>();

	private final SortedMap<StateKey, Long> states = new TreeMap<>();

	void add(RollupKey key, Counter counter, long delta) {
		if (delta != 0) {
			this.counters.computeIfAbsent(key, (k) -> new long[Counter.COUNT])[counter.ordinal()] += delta;
		}
	}

	void addClosure(RollupKey key, int bucket) {
		this.closures.computeIfAbsent(key, (k) -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
	}

	void addState(String orgCode, String unitCode, String categoryCode, CaseState state, long delta) {
		this.states.merge(new StateKey(orgCode, unitCode, categoryCode, state), delta, Long::sum);
	}

	/** Counter deltas per row, rows without any change left out. */
	SortedMap<RollupKey, long[]> counters() {
		SortedMap<RollupKey, long[]> changed = new TreeMap<>();
		this.counters.forEach((key, deltas) -> {
			for (long delta : deltas) {
				if (delta != 0) {
					changed.put(key, deltas);
					return;
				}
			}
		});
		return changed;
	}

	SortedMap<RollupKey, SortedMap<Integer, Long>> closures() {
		return this.closures;
	}

	/**
	 * The counter deltas summed over workers, keyed without the worker (worker 0), rows
	 * without any change left out.
	 */
	SortedMap<RollupKey, long[]> unitCounters() {
		SortedMap<RollupKey, long[]> summed = new TreeMap<>();
		this.counters.forEach((key, deltas) -> {
			long[] sum = summed.computeIfAbsent(withoutWorker(key), (k) -> new long[Counter.COUNT]);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += deltas[i];
			}
		});
		summed.values().removeIf((deltas) -> Arrays.stream(deltas).allMatch((delta) -> delta == 0));
		return summed;
	}

	/** The closures summed over workers, keyed without the worker (worker 0). */
	SortedMap<RollupKey, SortedMap<Integer, Long>> unitClosures() {
		SortedMap<RollupKey, SortedMap<Integer, Long>> summed = new TreeMap<>();
		this.closures.forEach((key, buckets) -> buckets
			.forEach((bucket, closures) -> summed.computeIfAbsent(withoutWorker(key), (k) -> new TreeMap<>())
				.merge(bucket, closures, Long::sum)));
		return summed;
	}

	private static RollupKey withoutWorker(RollupKey key) {
		return new RollupKey(key.day(), key.orgCode(), key.unitCode(), key.categoryCode(), 0);
	}

	/**
	 * The counter deltas summed into the rows of every kept {@link Area}, rows without
	 * any change left out.
	 */
	SortedMap<AreaKey<RollupKey>, long[]> areaCounters() {
		SortedMap<AreaKey<RollupKey>, long[]> summed = new TreeMap<>();
		unitCounters().forEach((key, deltas) -> {
			for (Area area : Area.KEPT) {
				long[] sum = summed.computeIfAbsent(new AreaKey<>(area, area.cut(key)), (k) -> new long[Counter.COUNT]);
				for (int i = 0; i < sum.length; i++) {
					sum[i] += deltas[i];
				}
			}
		});
		summed.values().removeIf((deltas) -> Arrays.stream(deltas).allMatch((delta) -> delta == 0));
		return summed;
	}

	/** The closures summed into the rows of every kept {@link Area}. */
	SortedMap<AreaKey<RollupKey>, SortedMap<Integer, Long>> areaClosures() {
		SortedMap<AreaKey<RollupKey>, SortedMap<Integer, Long>> summed = new TreeMap<>();
		unitClosures().forEach((key, buckets) -> {
			for (Area area : Area.KEPT) {
				SortedMap<Integer, Long> sum = summed.computeIfAbsent(new AreaKey<>(area, area.cut(key)),
						(k) -> new TreeMap<>());
				buckets.forEach((bucket, closures) -> sum.merge(bucket, closures, Long::sum));
			}
		});
		return summed;
	}

	/**
	 * The case count deltas summed into the rows of every kept {@link Area}, rows without
	 * any change left out.
	 */
	SortedMap<AreaKey<StateKey>, Long> areaStates() {
		SortedMap<AreaKey<StateKey>, Long> summed = new TreeMap<>();
		states().forEach((key, delta) -> {
			for (Area area : Area.KEPT) {
				summed.merge(new AreaKey<>(area, area.cut(key)), delta, Long::sum);
			}
		});
		summed.values().removeIf((delta) -> delta == 0);
		return summed;
	}

	/** Case count deltas per state row, rows without any change left out. */
	SortedMap<StateKey, Long> states() {
		SortedMap<StateKey, Long> changed = new TreeMap<>();
		for (Map.Entry<StateKey, Long> entry : this.states.entrySet()) {
			if (entry.getValue() != 0) {
				changed.put(entry.getKey(), entry.getValue());
			}
		}
		return changed;
	}

}
