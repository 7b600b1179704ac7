package org.gongzhi.evaluation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL: {@code INSERT … ON CONFLICT DO UPDATE}, atomic under concurrency (a second
 * writer waits for the row and then adds to it).
 */
final class PostgresRollupUpserts extends SqlRollupUpserts {

	private static final String COUNTERS = "insert into indicator_rollup (" + KEY_COLUMNS + ", district_code, "
			+ COUNTER_COLUMNS + ") values (" + placeholders(6 + Counter.COUNT) + ") on conflict (" + KEY_COLUMNS
			+ ") do update set "
			+ Arrays.stream(Counter.values())
				.map((counter) -> counter.column() + " = indicator_rollup." + counter.column() + " + excluded."
						+ counter.column())
				.collect(Collectors.joining(", "));

	private static final String CLOSURES = "insert into indicator_closure_bucket (" + KEY_COLUMNS
			+ ", district_code, bucket, closures) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (" + KEY_COLUMNS
			+ ", bucket) do update set closures = indicator_closure_bucket.closures + excluded.closures";

	private static final String UNIT_COUNTERS = "insert into indicator_rollup_unit (" + UNIT_KEY_COLUMNS + ", "
			+ COUNTER_COLUMNS + ") values (" + placeholders(5 + Counter.COUNT) + ") on conflict (" + UNIT_KEY_COLUMNS
			+ ") do update set "
			+ Arrays.stream(Counter.values())
				.map((counter) -> counter.column() + " = indicator_rollup_unit." + counter.column() + " + excluded."
						+ counter.column())
				.collect(Collectors.joining(", "));

	private static final String UNIT_CLOSURES = "insert into indicator_closure_bucket_unit (" + UNIT_KEY_COLUMNS
			+ ", bucket, closures) values (?, ?, ?, ?, ?, ?, ?) on conflict (" + UNIT_KEY_COLUMNS
			+ ", bucket) do update set closures = indicator_closure_bucket_unit.closures + excluded.closures";

	private static final String CASES = """
			insert into indicator_state_count (org_code, unit_code, category_code, state, district_code, cases)
			values (?, ?, ?, ?, ?, ?)
			on conflict (org_code, unit_code, category_code, state)
			do update set cases = indicator_state_count.cases + excluded.cases""";

	PostgresRollupUpserts(JdbcClient jdbc) {
		super(jdbc, COUNTERS, CLOSURES, UNIT_COUNTERS, UNIT_CLOSURES, CASES);
	}

	@Override
	public boolean claim(long eventId, Instant processedAt) {
		return jdbc()
			.sql("insert into indicator_processed_event (event_id, processed_at) values (?, ?) on conflict do nothing")
			.params(eventId, RollupUpserts.timestamp(processedAt))
			.update() == 1;
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

}
