package org.gongzhi.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps PostgreSQL's planner statistics up with bulk writers. Autovacuum analyzes a table
 * once a tenth of it changed, but only where it runs and when it comes round: where it is
 * off, or a load outpaces it, a table filled from empty keeps the estimates of an empty
 * table, and a statement prepared meanwhile keeps the plan made for them (for a lookup by
 * a list of keys, a scan of the whole table), so that every batch of a load takes longer
 * than the one before. Bulk writers tell how many rows they wrote; a table is analyzed
 * each time it has grown by as many rows as it held when last analyzed (at least
 * {@value #LEAST}), about log2(n) times for a load of n rows. Analyzing waits until the
 * writing transaction commits (it would not see the rows before) and runs on a connection
 * of its own. Elsewhere than on PostgreSQL it does nothing.
 */
@Component
public class TableStatistics {

	private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

	static final long LEAST = 1000;

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	private final Map<String, Growth> growth = new ConcurrentHashMap<>();

	TableStatistics(DataSource dataSource) throws SQLException {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.postgres = Databases.isPostgres(dataSource);
	}

	/** Counts rows written into {@code table}; analyzes it once it grew enough. */
	public void wrote(String table, long rows) {
		if (!this.postgres || rows <= 0) {
			return;
		}
		Growth counted = this.growth.computeIfAbsent(checked(table), (name) -> new Growth(analyzedRows(name)));
		boolean due;
		synchronized (counted) {
			counted.since += rows;
			due = counted.since >= Math.max(LEAST, counted.analyzed);
			if (due) {
				counted.analyzed += counted.since;
				counted.since = 0;
			}
		}
		if (due) {
			afterCommit(() -> analyze(table));
		}
	}

	/** Analyzes every table of the database (after the current transaction commits). */
	public void refreshAll() {
		if (this.postgres) {
			afterCommit(() -> analyze(""));
		}
	}

	private long analyzedRows(String table) {
		Long rows = this.jdbc.queryForObject(
				"select greatest(coalesce(max(reltuples), 0), 0)::bigint from pg_class where relname = ?", Long.class,
				table);
		return (rows != null) ? rows : 0;
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/**
	 * {@code table}, or the whole database if empty, on a pooled connection in
	 * auto-commit, not the transaction's (after its commit it is still bound and would
	 * open a new one). A failure costs only speed.
	 */
	private void analyze(String table) {
		String what = table.isEmpty() ? "the database" : table;
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("analyze " + table);
			log.debug("Analyzed {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
		}
		catch (SQLException ex) {
			log.warn("Could not analyze {}: {}", what, ex.getMessage());
		}
	}

	private static String checked(String table) {
		if (!NAME.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		return table;
	}

	private static final class Growth {

		long analyzed;

		long since;

		Growth(long analyzed) {
			this.analyzed = analyzed;
		}

	}

}
