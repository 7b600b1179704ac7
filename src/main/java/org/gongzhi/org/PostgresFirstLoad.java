package org.gongzhi.org;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first import into an empty org tree on PostgreSQL: maintaining the primary key and
 * the secondary indexes and checking the parent key row by row costs several times the
 * COPY itself, while building them once afterwards is a sort. So an empty table loses
 * them for the load and gets them back at the end; an import into a table that already
 * holds units keeps them (and never locks a live tree). The importer itself sees that no
 * code comes twice and every parent exists. A first load interrupted after its COPY
 * leaves the table without them: every import starts by restoring what is missing.
 */
class PostgresFirstLoad {

	/** Must match the migrations V1_1 and V1_4 (postgresql); built side by side. */
	private static final List<String> INDEXES = List.of(
			"create unique index if not exists org_unit_pkey on org_unit (code)",
			"create index if not exists org_unit_parent on org_unit (parent_code)",
			"create index if not exists org_unit_path on org_unit (path varchar_pattern_ops)",
			"create index if not exists org_unit_grids on org_unit (code) where level = 'GRID'");

	/**
	 * The primary key and the foreign keys that need it: table, name, definition. Must
	 * match the migrations V1_1 and V1_3; one that references org_unit and is missing
	 * here makes the first load fail, as the key cannot be dropped under it.
	 */
	private static final List<Key> KEYS = List.of(
			new Key("org_unit", "org_unit_pkey", "primary key using index org_unit_pkey"),
			new Key("org_unit", "org_unit_parent_code_fkey", "foreign key (parent_code) references org_unit (code)"),
			new Key("grid_staff", "grid_staff_grid_code_fkey", "foreign key (grid_code) references org_unit (code)"));

	/** Counts the indexes and keys above that are in place. */
	private static final String IN_PLACE = "select (select count(*) from pg_indexes where tablename = 'org_unit'"
			+ " and indexname in ('org_unit_pkey', 'org_unit_parent', 'org_unit_path', 'org_unit_grids'))"
			+ " + (select count(*) from pg_constraint where conname in"
			+ " ('org_unit_pkey', 'org_unit_parent_code_fkey', 'grid_staff_grid_code_fkey'))";

	private final JdbcTemplate jdbc;

	PostgresFirstLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Restores what an interrupted first load left out. Then, if the tree is empty, opens
	 * a transaction on {@code connection} that drops the keys and indexes and truncates
	 * the table, so that the COPY that follows in it may freeze its rows: they are
	 * written visible to all, and the parent key check reads the indexes alone. Until it
	 * commits, the empty tree is locked.
	 * @return whether the tree was empty and the transaction is open
	 */
	boolean begin(Connection connection) throws SQLException {
		finish();
		if (!isEmpty(connection)) {
			return false;
		}
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table org_unit in access exclusive mode");
			if (!isEmpty(connection)) {
				connection.rollback();
				connection.setAutoCommit(true);
				return false;
			}
			statement.execute("alter table grid_staff drop constraint grid_staff_grid_code_fkey");
			statement.execute("alter table org_unit drop constraint org_unit_parent_code_fkey,"
					+ " drop constraint org_unit_pkey");
			// the grids' index stays: no division is a grid, and skipping a row costs
			// less than a scan
			statement.execute("drop index org_unit_parent, org_unit_path");
			statement.execute("truncate org_unit");
			return true;
		}
	}

	private static boolean isEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select not exists (select 1 from org_unit)")) {
			result.next();
			return result.getBoolean(1);
		}
	}

	/**
	 * Builds the indexes (side by side, one connection each), then puts back the keys,
	 * checking the parent key once.
	 */
	void finish() {
		Integer inPlace = this.jdbc.queryForObject(IN_PLACE, Integer.class);
		if (inPlace != null && inPlace == INDEXES.size() + KEYS.size()) {
			return;
		}
		ExecutorService builders = Executors.newFixedThreadPool(INDEXES.size());
		try {
			CompletableFuture
				.allOf(INDEXES.stream()
					.map((sql) -> CompletableFuture.runAsync(() -> this.jdbc.execute(sql), builders))
					.toArray(CompletableFuture[]::new))
				.join();
		}
		finally {
			builders.shutdown();
		}
		for (Key key : KEYS) {
			Boolean present = this.jdbc.queryForObject(
					"select exists (select 1 from pg_constraint where conname = ? and conrelid = ?::regclass)",
					Boolean.class, key.name(), key.table());
			if (!Boolean.TRUE.equals(present)) {
				this.jdbc
					.execute("alter table " + key.table() + " add constraint " + key.name() + " " + key.definition());
			}
		}
	}

	private record Key(String table, String name, String definition) {
	}

}
