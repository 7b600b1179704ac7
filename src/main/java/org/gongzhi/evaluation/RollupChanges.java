package org.gongzhi.evaluation;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.gongzhi.cases.CaseState;

/**
 * What one case event changes in the rollups: counter deltas per row, closure counts per
 * duration bucket, case counts per state. Kept sorted so that rows are written in one
 * global order (no deadlocks between concurrent listeners); zero deltas are dropped.
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
