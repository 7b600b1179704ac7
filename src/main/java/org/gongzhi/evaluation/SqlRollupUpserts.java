package org.gongzhi.evaluation;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adding to rollup rows with one database's upsert statements: the statements differ
 * between databases, their parameters do not.
 */
abstract class SqlRollupUpserts implements RollupUpserts {

	private final JdbcClient jdbc;

	private final String counters;

	private final String closures;

	private final String unitCounters;

	private final String unitClosures;

	private final String cases;

	SqlRollupUpserts(JdbcClient jdbc, String counters, String closures, String unitCounters, String unitClosures,
			String cases) {
		this.jdbc = jdbc;
		this.counters = counters;
		this.closures = closures;
		this.unitCounters = unitCounters;
		this.unitClosures = unitClosures;
		this.cases = cases;
	}

	protected JdbcClient jdbc() {
		return this.jdbc;
	}

	@Override
	public void addCounters(RollupKey key, long[] deltas) {
		List<Object> params = RollupUpserts.keyParams(key);
		Arrays.stream(deltas).forEach(params::add);
		this.jdbc.sql(this.counters).params(params).update();
	}

	@Override
	public void addClosures(RollupKey key, int bucket, long closures) {
		List<Object> params = RollupUpserts.keyParams(key);
		params.add(bucket);
		params.add(closures);
		this.jdbc.sql(this.closures).params(params).update();
	}

	@Override
	public void addUnitCounters(RollupKey key, long[] deltas) {
		List<Object> params = RollupUpserts.unitKeyParams(key);
		Arrays.stream(deltas).forEach(params::add);
		this.jdbc.sql(this.unitCounters).params(params).update();
	}

	@Override
	public void addUnitClosures(RollupKey key, int bucket, long closures) {
		List<Object> params = RollupUpserts.unitKeyParams(key);
		params.add(bucket);
		params.add(closures);
		this.jdbc.sql(this.unitClosures).params(params).update();
	}

	@Override
	public void addCases(StateKey key, long delta) {
		this.jdbc.sql(this.cases)
			.params(key.orgCode(), key.unitCode(), key.categoryCode(), key.state().name(),
					RollupKey.districtOf(key.orgCode()), delta)
			.update();
	}

}
