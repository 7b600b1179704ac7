package org.gongzhi.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rollup table as its upserts see it: the columns of its key, those set when a row is
 * created, and the additive ones that every write adds to. A row to write is an array of
 * values in that order ({@link #columns()}).
 *
 * @param name the table
 * @param key the primary key's columns
 * @param inserted columns set when a row is created and never changed (derived from the
 * key)
 * @param added the additive columns
 * @param dropsEmptyRows whether a row whose added columns come to 0 is deleted: a count
 * of cases in a state is a gauge, and its combinations of place, unit, category and state
 * would otherwise pile up at 0 (counters of a day stay)
 */
record RollupTable(String name, List<Column> key, List<Column> inserted, List<Column> added, boolean dropsEmptyRows) {

	/** Columns of the key of the rows per worker. */
	private static final String[] KEY = { "on_day date", "org_code varchar(32)", "unit_code varchar(32)",
			"category_code varchar(32)", "worker_id bigint" };

	/**
	 * Columns of the key of the rows without the worker ({@code indicator_rollup_unit}).
	 */
	private static final String[] UNIT_KEY = { "district_code varchar(6)", "on_day date", "org_code varchar(32)",
			"unit_code varchar(32)", "category_code varchar(32)" };

	/** Columns of the key of an area's rows ({@link AreaKey}). */
	private static final String[] AREA = { "district_code varchar(6)", "org_level smallint", "breakdown varchar(8)",
			"org_code varchar(32)", "unit_code varchar(32)", "category_code varchar(32)" };

	private static final List<Column> COUNTERS = Arrays.stream(Counter.values())
		.map((counter) -> new Column(counter.column(), "bigint"))
		.toList();

	private static final List<Column> CLOSURES = columns("closures bigint");

	private static final List<Column> CASES = columns("cases bigint");

	private static final List<Column> DISTRICT = columns("district_code varchar(6)");

	/** Counters per day, place, unit, category and worker (V7_1). */
	static final RollupTable ROLLUP = new RollupTable("indicator_rollup", columns(KEY), DISTRICT, COUNTERS, false);

	/** Closures per duration bucket of the rows per worker (V7_1). */
	static final RollupTable CLOSURE_BUCKET = new RollupTable("indicator_closure_bucket",
			columns(KEY, "bucket smallint"), DISTRICT, CLOSURES, false);

	/** Counters summed over the workers (V7_2). */
	static final RollupTable ROLLUP_UNIT = new RollupTable("indicator_rollup_unit", columns(UNIT_KEY), List.of(),
			COUNTERS, false);

	/** Closures summed over the workers (V7_2). */
	static final RollupTable CLOSURE_BUCKET_UNIT = new RollupTable("indicator_closure_bucket_unit",
			columns(UNIT_KEY, "bucket smallint"), List.of(), CLOSURES, false);

	/** Cases in each state now per place, unit and category (V7_1). */
	static final RollupTable STATE_COUNT = new RollupTable("indicator_state_count",
			columns("org_code varchar(32)", "unit_code varchar(32)", "category_code varchar(32)", "state varchar(16)"),
			DISTRICT, CASES, true);

	/** Counters of areas (V7_3). */
	static final RollupTable ROLLUP_AREA = new RollupTable("indicator_rollup_area", columns(AREA, "on_day date"),
			List.of(), COUNTERS, false);

	/** Closures per duration bucket of areas (V7_3). */
	static final RollupTable CLOSURE_BUCKET_AREA = new RollupTable("indicator_closure_bucket_area",
			columns(AREA, "on_day date", "bucket smallint"), List.of(), CLOSURES, false);

	/** Cases in each state now per area (V7_3). */
	static final RollupTable STATE_AREA = new RollupTable("indicator_state_area", columns(AREA, "state varchar(16)"),
			List.of(), CASES, true);

	/** Every column, in the order of a row's values: key, inserted, added. */
	List<Column> columns() {
		List<Column> all = new ArrayList<>(this.key);
		all.addAll(this.inserted);
		all.addAll(this.added);
		return all;
	}

	private static List<Column> columns(String[] first, String... more) {
		return Stream.concat(Arrays.stream(first), Arrays.stream(more)).map(Column::of).toList();
	}

	private static List<Column> columns(String... columns) {
		return Arrays.stream(columns).map(Column::of).toList();
	}

	/**
	 * A column.
	 *
	 * @param name its name
	 * @param type its SQL type
	 */
	record Column(String name, String type) {

		/** From {@code "name type"}. */
		static Column of(String definition) {
			int space = definition.indexOf(' ');
			return new Column(definition.substring(0, space), definition.substring(space + 1));
		}

	}

}
