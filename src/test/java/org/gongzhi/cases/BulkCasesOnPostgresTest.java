package org.gongzhi.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.gongzhi.evaluation.IndicatorRebuild;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk loader on PostgreSQL (it loads with COPY): the cases and their timelines are
 * written, the rollups it builds set by set are what {@link IndicatorRebuild} computes
 * from the same events one by one, and a second run with the same seed adds nothing.
 */
@PostgresTest
@Order(1)
class BulkCasesOnPostgresTest extends ApplicationTest {

	private static final long SEED = 90_210_105L;

	private static final int COUNT = 2_000;

	private static final String DISTRICT = "210105";

	/**
	 * Far in the past, so that no case of the load is due when other tests run the SLA
	 * watch.
	 */
	private static final LocalDate UNTIL = LocalDate.of(2021, 3, 1);

	private static final List<String> TABLES = List.of("indicator_rollup", "indicator_closure_bucket",
			"indicator_rollup_unit", "indicator_closure_bucket_unit", "indicator_rollup_area",
			"indicator_closure_bucket_area", "indicator_state_count", "indicator_state_area", "indicator_case",
			"indicator_processed_event");

	@Autowired
	private BulkCases bulk;

	@Autowired
	private IndicatorRebuild rebuild;

	@Test
	void loadsCasesWithTimelinesAndRollupsEqualToARebuildAndOnlyOnce() {
		this.bulk.batchSize = 700;
		Map<String, long[]> rollupsBefore = rollups();
		Map<String, Long> closuresBefore = closures();
		Map<String, Long> statesBefore = states();

		BulkCases.Summary first = this.bulk.load(DISTRICT, COUNT, SEED, 60, UNTIL, (d, t, e, c, r) -> {
		});

		assertThat(first.cases()).isEqualTo(COUNT);
		assertThat(first.skippedCases()).isZero();
		assertThat(count("select count(*) from cases where number like ?", pattern())).isEqualTo(COUNT);
		assertThat(count("select count(*) from case_timeline t join cases c on c.id = t.case_id where c.number like ?",
				pattern()))
			.isEqualTo(first.events());
		assertThat(count("select count(distinct state) from cases where number like ?", pattern()))
			.as("cases in many states")
			.isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from cases where number like ? and overdue_level = 'RED'", pattern()))
			.isPositive();
		assertThat(count("select count(*) from cases where number like ? and"
				+ " reported_at >= timestamp with time zone '2020-12-30 16:00:00+00'"
				+ " and reported_at < timestamp with time zone '2021-02-28 16:00:00+00'", pattern()))
			.as("all within the 60 days before " + UNTIL)
			.isEqualTo(COUNT);
		Map<String, long[]> added = minus(rollups(), rollupsBefore);
		Map<String, Long> addedClosures = minusCounts(closures(), closuresBefore);
		Map<String, Long> addedStates = minusCounts(states(), statesBefore);
		assertThat(added).isNotEmpty();
		assertThat(sums("indicator_rollup_unit")).as("the rollups without the worker hold the same sums")
			.isEqualTo(sums("indicator_rollup"));
		assertThat(count("select coalesce(sum(closures), 0) from indicator_closure_bucket_unit where 1 = ?", 1))
			.isEqualTo(count("select coalesce(sum(closures), 0) from indicator_closure_bucket where 1 = ?", 1));

		BulkCases.Summary second = this.bulk.load(DISTRICT, COUNT, SEED, 60, UNTIL, (d, t, e, c, r) -> {
		});
		assertThat(second.cases()).isZero();
		assertThat(second.skippedCases()).isEqualTo(COUNT);
		assertThat(count("select count(*) from cases where number like ?", pattern())).isEqualTo(COUNT);
		assertThat(minus(rollups(), rollupsBefore)).usingRecursiveComparison().isEqualTo(added);

		List<Long> caseIds = this.jdbc.sql("select id from cases where number like ? order by id")
			.param(pattern())
			.query(Long.class)
			.list();
		List<Long> eventIds = this.jdbc.sql(
				"select t.id from case_timeline t join cases c on c.id = t.case_id where c.number like ? order by t.id")
			.param(pattern())
			.query(Long.class)
			.list();
		List<CaseEvent> events = this.bulk.events(DISTRICT, COUNT, SEED, 60, caseIds, eventIds);
		Map<Long, String> standings = standings(caseIds);
		backUp();
		try {
			this.rebuild.rebuild(events.stream());
			assertThat(rollups()).usingRecursiveComparison().isEqualTo(added);
			assertThat(closures()).isEqualTo(addedClosures);
			assertThat(states()).isEqualTo(addedStates);
			assertThat(standings(caseIds)).isEqualTo(standings);
			assertThat(count("select count(*) from indicator_processed_event")).isEqualTo(events.size());
		}
		finally {
			restore();
		}
	}

	private static String pattern() {
		return "%-B" + SEED + "-%";
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** A few counters summed over a whole rollup table. */
	private List<Long> sums(String table) {
		return this.jdbc
			.sql("select coalesce(sum(reported), 0), coalesce(sum(closed), 0), coalesce(sum(rated), 0),"
					+ " coalesce(sum(closure_seconds_sum), 0), coalesce(sum(should_close_on_time), 0) from " + table)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	/** Counter columns per rollup row, rows of nothing but zeros left out. */
	private Map<String, long[]> rollups() {
		Map<String, long[]> rows = new TreeMap<>();
		this.jdbc.sql("select * from indicator_rollup").query((rs) -> {
			int columns = rs.getMetaData().getColumnCount();
			long[] values = new long[columns - 6];
			boolean any = false;
			for (int i = 7; i <= columns; i++) {
				values[i - 7] = rs.getLong(i);
				any |= values[i - 7] != 0;
			}
			if (any) {
				rows.put(rs.getString("on_day") + "|" + rs.getString("org_code") + "|" + rs.getString("unit_code") + "|"
						+ rs.getString("category_code") + "|" + rs.getLong("worker_id"), values);
			}
		});
		return rows;
	}

	private Map<String, Long> closures() {
		return counts("select on_day || '|' || org_code || '|' || unit_code || '|' || category_code || '|' || worker_id"
				+ " || '|' || bucket, closures from indicator_closure_bucket");
	}

	private Map<String, Long> states() {
		return counts("select org_code || '|' || unit_code || '|' || category_code || '|' || state, cases"
				+ " from indicator_state_count");
	}

	private Map<String, Long> counts(String sql) {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql(sql).query((rs) -> {
			if (rs.getLong(2) != 0) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
		});
		return counts;
	}

	private Map<Long, String> standings(List<Long> caseIds) {
		Map<Long, String> rows = new TreeMap<>();
		this.jdbc.sql("select * from indicator_case where case_id = any(?)")
			.param(caseIds.toArray(new Long[0]))
			.query((rs) -> {
				List<String> values = new ArrayList<>();
				for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
					values.add(rs.getString(i));
				}
				rows.put(rs.getLong(1), String.join("|", values));
			});
		return rows;
	}

	private static Map<String, long[]> minus(Map<String, long[]> after, Map<String, long[]> before) {
		Map<String, long[]> difference = new TreeMap<>();
		after.forEach((key, values) -> {
			long[] old = before.get(key);
			long[] delta = values.clone();
			boolean any = false;
			for (int i = 0; i < delta.length; i++) {
				delta[i] -= (old != null) ? old[i] : 0;
				any |= delta[i] != 0;
			}
			if (any) {
				difference.put(key, delta);
			}
		});
		before.keySet().forEach((key) -> assertThat(after).as("row %s kept", key).containsKey(key));
		return difference;
	}

	private static Map<String, Long> minusCounts(Map<String, Long> after, Map<String, Long> before) {
		Map<String, Long> difference = new TreeMap<>();
		after.forEach((key, value) -> {
			long delta = value - before.getOrDefault(key, 0L);
			if (delta != 0) {
				difference.put(key, delta);
			}
		});
		return difference;
	}

	/** The rebuild empties the rollups every test shares: keep them aside meanwhile. */
	private void backUp() {
		for (String table : TABLES) {
			this.jdbc.sql("drop table if exists bulk_test_" + table).update();
			this.jdbc.sql("create table bulk_test_" + table + " as select * from " + table).update();
		}
	}

	private void restore() {
		for (String table : TABLES) {
			this.jdbc.sql("delete from " + table).update();
			this.jdbc.sql("insert into " + table + " select * from bulk_test_" + table).update();
			this.jdbc.sql("drop table bulk_test_" + table).update();
		}
	}

}
