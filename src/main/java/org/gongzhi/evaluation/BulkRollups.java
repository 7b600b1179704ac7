package org.gongzhi.evaluation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import org.gongzhi.cases.BulkCaseEvents;
import org.gongzhi.cases.CaseEvent;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Counts cases loaded in bulk into the rollups set by set: each case's events go through
 * the same {@link EventFlows} and {@link CaseStanding} as live events, summed per rollup
 * row in memory; {@link #flush()} copies the sums into temporary tables and adds them to
 * the rollups with one upsert per table (the rows without the worker and the {@link Area}
 * rows summed from them in SQL), records each case's standing and each event as counted.
 * The result equals {@link IndicatorRebuild} over the same events (PostgreSQL only, like
 * the bulk loader).
 */
@Component
class BulkRollups implements BulkCaseEvents {

	private static final String KEY = "on_day, org_code, unit_code, category_code, worker_id";

	private static final String COUNTERS = Arrays.stream(Counter.values())
		.map(Counter::column)
		.collect(Collectors.joining(", "));

	private static final String ADD_COUNTERS = added("indicator_rollup");

	/** The rollups without the worker, read by every report not grouped by worker. */
	private static final String UNIT_KEY = "district_code, on_day, org_code, unit_code, category_code";

	private static final String SUM_COUNTERS = Arrays.stream(Counter.values())
		.map((counter) -> "sum(" + counter.column() + ")")
		.collect(Collectors.joining(", "));

	/** The key of the area rows (V7_3). */
	private static final String AREA_KEY = "district_code, org_level, breakdown, org_code, unit_code, category_code";

	/**
	 * An area row's key made of a row {@code r} and a kind of area {@code a} (as V7_3
	 * does).
	 */
	private static final String AREA_OF = "r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),"
			+ " case when a.breakdown = 'UNIT' then r.unit_code else '" + Area.ALL + "' end,"
			+ " case when a.breakdown = 'CATEGORY' then r.category_code else '" + Area.ALL + "' end";

	/** The kinds of area rows kept, as a table {@code a} to join. */
	private static final String AREAS = Area.KEPT.stream()
		.map((area) -> "(" + area.level().codeLength() + ", '" + area.breakdown().name() + "')")
		.collect(Collectors.joining(", ", "(values ", ") as a (org_level, breakdown)"));

	private final DataSource dataSource;

	private final Map<RollupKey, long[]> counters = new HashMap<>();

	private final Map<RollupKey, Map<Integer, Long>> closures = new HashMap<>();

	private final Map<StateKey, Long> states = new HashMap<>();

	private final List<CaseStanding> standings = new ArrayList<>();

	private final List<Long> eventIds = new ArrayList<>();

	BulkRollups(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void add(List<CaseEvent> eventsOfOneCase) {
		if (eventsOfOneCase.isEmpty()) {
			return;
		}
		RollupChanges changes = new RollupChanges();
		CaseStanding standing = null;
		for (CaseEvent event : eventsOfOneCase) {
			EventFlows.add(event, changes);
			standing = (standing != null) ? standing.apply(event) : CaseStanding.first(event);
			this.eventIds.add(event.eventId());
		}
		standing.contribute(changes, 1);
		this.standings.add(standing);
		changes.counters().forEach((key, deltas) -> {
			long[] sums = this.counters.computeIfAbsent(key, (k) -> new long[Counter.COUNT]);
			for (int i = 0; i < sums.length; i++) {
				sums[i] += deltas[i];
			}
		});
		for (Map.Entry<RollupKey, SortedMap<Integer, Long>> entry : changes.closures().entrySet()) {
			Map<Integer, Long> buckets = this.closures.computeIfAbsent(entry.getKey(), (k) -> new HashMap<>());
			entry.getValue().forEach((bucket, closures) -> buckets.merge(bucket, closures, Long::sum));
		}
		changes.states().forEach((key, delta) -> this.states.merge(key, delta, Long::sum));
	}

	private static String added(String table) {
		return Arrays.stream(Counter.values())
			.map((counter) -> counter.column() + " = " + table + "." + counter.column() + " + excluded."
					+ counter.column())
			.collect(Collectors.joining(", "));
	}

	@Override
	public synchronized void flush() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute("create temporary table if not exists bulk_rollup"
					+ " (like indicator_rollup including defaults) on commit delete rows");
			statement.execute("create temporary table if not exists bulk_closure_bucket"
					+ " (like indicator_closure_bucket including defaults) on commit delete rows");
			statement.execute("create temporary table if not exists bulk_state_count"
					+ " (like indicator_state_count including defaults) on commit delete rows");
			CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
			copyRollups(copy);
			copyClosures(copy);
			copyStates(copy);
			copyStandings(copy);
			copyEvents(copy);
			statement.execute("insert into indicator_rollup (" + KEY + ", district_code, " + COUNTERS + ")" + " select "
					+ KEY + ", district_code, " + COUNTERS + " from bulk_rollup" + " on conflict (" + KEY
					+ ") do update set " + ADD_COUNTERS);
			statement.execute("insert into indicator_closure_bucket (" + KEY + ", bucket, district_code, closures)"
					+ " select " + KEY + ", bucket, district_code, closures from bulk_closure_bucket" + " on conflict ("
					+ KEY + ", bucket) do update"
					+ " set closures = indicator_closure_bucket.closures + excluded.closures");
			statement.execute("insert into indicator_rollup_unit (" + UNIT_KEY + ", " + COUNTERS + ") select "
					+ UNIT_KEY + ", " + SUM_COUNTERS + " from bulk_rollup group by " + UNIT_KEY + " on conflict ("
					+ UNIT_KEY + ") do update set " + added("indicator_rollup_unit"));
			statement.execute("insert into indicator_closure_bucket_unit (" + UNIT_KEY + ", bucket, closures)"
					+ " select " + UNIT_KEY + ", bucket, sum(closures) from bulk_closure_bucket group by " + UNIT_KEY
					+ ", bucket on conflict (" + UNIT_KEY + ", bucket) do update"
					+ " set closures = indicator_closure_bucket_unit.closures + excluded.closures");
			statement.execute("insert into indicator_rollup_area (" + AREA_KEY + ", on_day, " + COUNTERS + ") select "
					+ AREA_OF + ", r.on_day, " + SUM_COUNTERS + " from bulk_rollup r cross join " + AREAS + " group by "
					+ AREA_OF + ", r.on_day on conflict (" + AREA_KEY + ", on_day) do update set "
					+ added("indicator_rollup_area"));
			statement.execute("insert into indicator_closure_bucket_area (" + AREA_KEY + ", on_day, bucket, closures)"
					+ " select " + AREA_OF + ", r.on_day, r.bucket, sum(r.closures) from bulk_closure_bucket r"
					+ " cross join " + AREAS + " group by " + AREA_OF + ", r.on_day, r.bucket on conflict (" + AREA_KEY
					+ ", on_day, bucket) do update"
					+ " set closures = indicator_closure_bucket_area.closures + excluded.closures");
			statement.execute("insert into indicator_state_area (" + AREA_KEY + ", state, cases) select " + AREA_OF
					+ ", r.state, sum(r.cases) from bulk_state_count r cross join " + AREAS + " group by " + AREA_OF
					+ ", r.state on conflict (" + AREA_KEY + ", state) do update"
					+ " set cases = indicator_state_area.cases + excluded.cases");
			statement.execute("insert into indicator_state_count"
					+ " (org_code, unit_code, category_code, state, district_code, cases)"
					+ " select org_code, unit_code, category_code, state, district_code, cases from bulk_state_count"
					+ " on conflict (org_code, unit_code, category_code, state) do update"
					+ " set cases = indicator_state_count.cases + excluded.cases");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not add bulk-loaded cases to the rollups: " + ex.getMessage(), ex);
		}
		finally {
			this.counters.clear();
			this.closures.clear();
			this.states.clear();
			this.standings.clear();
			this.eventIds.clear();
		}
	}

	private void copyRollups(CopyManager copy) throws SQLException {
		Rows rows = new Rows(copy.copyIn("copy bulk_rollup (" + KEY + ", district_code, " + COUNTERS + ") from stdin"));
		for (Map.Entry<RollupKey, long[]> entry : this.counters.entrySet()) {
			key(rows, entry.getKey());
			for (long value : entry.getValue()) {
				rows.add(value);
			}
			rows.end();
		}
		rows.finish();
	}

	private void copyClosures(CopyManager copy) throws SQLException {
		Rows rows = new Rows(
				copy.copyIn("copy bulk_closure_bucket (" + KEY + ", district_code, bucket, closures) from stdin"));
		for (Map.Entry<RollupKey, Map<Integer, Long>> entry : this.closures.entrySet()) {
			for (Map.Entry<Integer, Long> bucket : entry.getValue().entrySet()) {
				key(rows, entry.getKey());
				rows.add(bucket.getKey()).add(bucket.getValue()).end();
			}
		}
		rows.finish();
	}

	private void copyStates(CopyManager copy) throws SQLException {
		Rows rows = new Rows(copy.copyIn("copy bulk_state_count"
				+ " (org_code, unit_code, category_code, state, district_code, cases) from stdin"));
		for (Map.Entry<StateKey, Long> entry : this.states.entrySet()) {
			StateKey key = entry.getKey();
			rows.add(key.orgCode())
				.add(key.unitCode())
				.add(key.categoryCode())
				.add(key.state().name())
				.add(RollupKey.districtOf(key.orgCode()))
				.add(entry.getValue())
				.end();
		}
		rows.finish();
	}

	private void copyStandings(CopyManager copy) throws SQLException {
		Rows rows = new Rows(copy.copyIn("copy indicator_case (case_id, report_day, report_seen, org_code, unit_code,"
				+ " category_code, facts_event_id, state, state_event_id, rejected, closed, closed_on_time,"
				+ " close_event_id) from stdin"));
		for (CaseStanding standing : this.standings) {
			rows.add(standing.caseId())
				.add(standing.reportDay())
				.add(standing.reportSeen())
				.add(standing.orgCode())
				.add(standing.unitCode())
				.add(standing.categoryCode())
				.add(standing.factsEventId())
				.add((standing.state() != null) ? standing.state().name() : null)
				.add(standing.stateEventId())
				.add(standing.rejected())
				.add(standing.closed())
				.add(standing.closedOnTime())
				.add(standing.closeEventId())
				.end();
		}
		rows.finish();
	}

	private void copyEvents(CopyManager copy) throws SQLException {
		String now = Instant.now().toString();
		Rows rows = new Rows(copy.copyIn("copy indicator_processed_event (event_id, processed_at) from stdin"));
		for (Long id : this.eventIds) {
			rows.add(id).add(now).end();
		}
		rows.finish();
	}

	private static void key(Rows rows, RollupKey key) {
		rows.add(key.day())
			.add(key.orgCode())
			.add(key.unitCode())
			.add(key.categoryCode())
			.add(key.workerId())
			.add(key.districtCode());
	}

	/** Rows in COPY's text format (values here hold no tabs, newlines or backslashes). */
	private static final class Rows {

		private final CopyIn copy;

		private final StringBuilder text = new StringBuilder(1 << 20);

		private boolean first = true;

		Rows(CopyIn copy) {
			this.copy = copy;
		}

		Rows add(Object value) {
			if (!this.first) {
				this.text.append('\t');
			}
			this.first = false;
			this.text.append((value != null) ? value.toString() : "\\N");
			return this;
		}

		void end() {
			this.text.append('\n');
			this.first = true;
			if (this.text.length() > (1 << 20) - 4096) {
				send();
			}
		}

		void finish() throws SQLException {
			send();
			this.copy.endCopy();
		}

		private void send() {
			if (!this.text.isEmpty()) {
				byte[] bytes = this.text.toString().getBytes(StandardCharsets.UTF_8);
				try {
					this.copy.writeToCopy(bytes, 0, bytes.length);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
				this.text.setLength(0);
			}
		}

	}

}
