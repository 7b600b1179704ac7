package org.gongzhi.evaluation;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * H2: standard
 * {@code MERGE INTO … USING … WHEN MATCHED THEN UPDATE … WHEN NOT MATCHED THEN
 * INSERT} (H2's {@code MERGE … KEY} would overwrite, not add). Two first writers of one
 * row can still collide on its primary key; the loser's transaction fails and
 * {@link IndicatorRecorder} runs it again, when the row exists.
 */
final class H2RollupUpserts extends SqlRollupUpserts {

	private static final String KEY_SOURCE = "cast(? as date) on_day, cast(? as varchar(32)) org_code, "
			+ "cast(? as varchar(32)) unit_code, cast(? as varchar(32)) category_code, cast(? as bigint) worker_id, "
			+ "cast(? as varchar(6)) district_code";

	private static final String KEY_MATCH = "t.on_day = s.on_day and t.org_code = s.org_code and t.unit_code = s.unit_code"
			+ " and t.category_code = s.category_code and t.worker_id = s.worker_id";

	private static final String COUNTERS = "merge into indicator_rollup t using (select " + KEY_SOURCE + ", "
			+ Arrays.stream(Counter.values())
				.map((counter) -> "cast(? as bigint) " + counter.column())
				.collect(Collectors.joining(", "))
			+ ") s on (" + KEY_MATCH + ") when matched then update set "
			+ Arrays.stream(Counter.values())
				.map((counter) -> counter.column() + " = t." + counter.column() + " + s." + counter.column())
				.collect(Collectors.joining(", "))
			+ " when not matched then insert (" + KEY_COLUMNS + ", district_code, " + COUNTER_COLUMNS + ") values ("
			+ Arrays
				.stream(("on_day, org_code, unit_code, category_code, worker_id, district_code, " + COUNTER_COLUMNS)
					.split(", "))
				.map((column) -> "s." + column)
				.collect(Collectors.joining(", "))
			+ ")";

	private static final String CLOSURES = "merge into indicator_closure_bucket t using (select " + KEY_SOURCE
			+ ", cast(? as smallint) bucket, cast(? as bigint) closures) s on (" + KEY_MATCH
			+ " and t.bucket = s.bucket) when matched then update set closures = t.closures + s.closures"
			+ " when not matched then insert (" + KEY_COLUMNS + ", district_code, bucket, closures) values (s.on_day,"
			+ " s.org_code, s.unit_code, s.category_code, s.worker_id, s.district_code, s.bucket, s.closures)";

	private static final String UNIT_KEY_SOURCE = "cast(? as varchar(6)) district_code, cast(? as date) on_day, "
			+ "cast(? as varchar(32)) org_code, cast(? as varchar(32)) unit_code, "
			+ "cast(? as varchar(32)) category_code";

	private static final String UNIT_KEY_MATCH = "t.district_code = s.district_code and t.on_day = s.on_day"
			+ " and t.org_code = s.org_code and t.unit_code = s.unit_code and t.category_code = s.category_code";

	private static final String UNIT_COUNTERS = "merge into indicator_rollup_unit t using (select " + UNIT_KEY_SOURCE
			+ ", "
			+ Arrays.stream(Counter.values())
				.map((counter) -> "cast(? as bigint) " + counter.column())
				.collect(Collectors.joining(", "))
			+ ") s on (" + UNIT_KEY_MATCH + ") when matched then update set "
			+ Arrays.stream(Counter.values())
				.map((counter) -> counter.column() + " = t." + counter.column() + " + s." + counter.column())
				.collect(Collectors.joining(", "))
			+ " when not matched then insert (" + UNIT_KEY_COLUMNS + ", " + COUNTER_COLUMNS + ") values ("
			+ Arrays.stream((UNIT_KEY_COLUMNS + ", " + COUNTER_COLUMNS).split(", "))
				.map((column) -> "s." + column)
				.collect(Collectors.joining(", "))
			+ ")";

	private static final String UNIT_CLOSURES = "merge into indicator_closure_bucket_unit t using (select "
			+ UNIT_KEY_SOURCE + ", cast(? as smallint) bucket, cast(? as bigint) closures) s on (" + UNIT_KEY_MATCH
			+ " and t.bucket = s.bucket) when matched then update set closures = t.closures + s.closures"
			+ " when not matched then insert (" + UNIT_KEY_COLUMNS + ", bucket, closures) values (s.district_code,"
			+ " s.on_day, s.org_code, s.unit_code, s.category_code, s.bucket, s.closures)";

	private static final String CASES = """
			merge into indicator_state_count t
			using (select cast(? as varchar(32)) org_code, cast(? as varchar(32)) unit_code,
			  cast(? as varchar(32)) category_code, cast(? as varchar(16)) state, cast(? as varchar(6)) district_code,
			  cast(? as bigint) cases) s
			on (t.org_code = s.org_code and t.unit_code = s.unit_code and t.category_code = s.category_code
			  and t.state = s.state)
			when matched then update set cases = t.cases + s.cases
			when not matched then insert (org_code, unit_code, category_code, state, district_code, cases)
			  values (s.org_code, s.unit_code, s.category_code, s.state, s.district_code, s.cases)""";

	H2RollupUpserts(JdbcClient jdbc) {
		super(jdbc, COUNTERS, CLOSURES, UNIT_COUNTERS, UNIT_CLOSURES, CASES);
	}

	@Override
	public boolean claim(long eventId, Instant processedAt) {
		return jdbc().sql("""
				insert into indicator_processed_event (event_id, processed_at)
				select ?, ? where not exists (select 1 from indicator_processed_event where event_id = ?)""")
			.params(eventId, RollupUpserts.timestamp(processedAt), eventId)
			.update() == 1;
	}

}
