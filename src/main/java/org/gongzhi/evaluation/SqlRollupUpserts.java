package org.gongzhi.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adding to rollup rows with one database's upsert statement, made for each table from
 * its columns: the statements differ between databases, their parameters (a row's values
 * in column order) do not. A table's rows go in one batch.
 */
abstract class SqlRollupUpserts implements RollupUpserts {

	private final JdbcTemplate jdbc;

	private final Map<RollupTable, String> upserts = new ConcurrentHashMap<>();

	SqlRollupUpserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	protected JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * The statement adding one row's values ({@link RollupTable#columns()} order) to the
	 * row of its key, or creating it.
	 */
	protected abstract String upsert(RollupTable table);

	@Override
	public void add(RollupTable table, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(this.upserts.computeIfAbsent(table, this::upsert), rows);
		if (table.dropsEmptyRows()) {
			// only a row that something was taken from can have come to 0
			int keyLength = table.key().size();
			int firstAdded = keyLength + table.inserted().size();
			List<Object[]> emptied = rows.stream()
				.filter((row) -> Arrays.stream(row, firstAdded, row.length).anyMatch((value) -> (Long) value < 0))
				.map((row) -> Arrays.copyOf(row, keyLength))
				.toList();
			if (!emptied.isEmpty()) {
				this.jdbc.batchUpdate(deleteEmpty(table), emptied);
			}
		}
	}

	/** Deletes the row of a key if its additive columns are all 0. */
	private static String deleteEmpty(RollupTable table) {
		return "delete from " + table.name() + " where "
				+ table.key().stream().map((column) -> column.name() + " = ?").collect(Collectors.joining(" and "))
				+ " and "
				+ table.added().stream().map((column) -> column.name() + " = 0").collect(Collectors.joining(" and "));
	}

}
