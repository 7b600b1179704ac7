package org.gongzhi.org;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first import into an empty org tree on PostgreSQL: maintaining the secondary
 * indexes and checking the parent key row by row costs several times the COPY itself,
 * while building them once afterwards is a sort. So an empty table loses them for the
 * load and gets them back at the end; an import into a table that already holds units
 * keeps them (and never locks a live tree). An interrupted first load leaves the table
 * without them: every import starts by restoring what is missing.
 */
class PostgresFirstLoad {

	/** Must match the migrations V1_1 and V1_4 (postgresql). */
	private static final List<String> INDEXES = List.of(
			"create index if not exists org_unit_parent on org_unit (parent_code)",
			"create index if not exists org_unit_path on org_unit (path varchar_pattern_ops)",
			"create index if not exists org_unit_grids on org_unit (code) where level = 'GRID'");

	private static final String FOREIGN_KEY = "org_unit_parent_code_fkey";

	private final JdbcTemplate jdbc;

	PostgresFirstLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Restores what an interrupted first load left out; drops it if the tree is empty.
	 */
	boolean begin() {
		finish();
		Boolean empty = this.jdbc.queryForObject("select not exists (select 1 from org_unit)", Boolean.class);
		if (!Boolean.TRUE.equals(empty)) {
			return false;
		}
		this.jdbc.execute("alter table org_unit drop constraint if exists " + FOREIGN_KEY);
		this.jdbc.execute("drop index if exists org_unit_parent, org_unit_path, org_unit_grids");
		return true;
	}

	/**
	 * Builds the indexes (side by side, one connection each) and checks the parent key
	 * once.
	 */
	void finish() {
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
		Boolean hasKey = this.jdbc.queryForObject(
				"select exists (select 1 from pg_constraint where conname = ? and conrelid = 'org_unit'::regclass)",
				Boolean.class, FOREIGN_KEY);
		if (!Boolean.TRUE.equals(hasKey)) {
			this.jdbc.execute("alter table org_unit add constraint " + FOREIGN_KEY
					+ " foreign key (parent_code) references org_unit (code)");
		}
	}

}
