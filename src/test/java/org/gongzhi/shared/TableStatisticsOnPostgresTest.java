package org.gongzhi.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Planner statistics follow a bulk writer on PostgreSQL (autovacuum is off on the test
 * server, so only the writer's own ANALYZE moves {@code pg_class.reltuples}): a table is
 * analyzed each time it grew by as many rows as it had, and only after the writing
 * transaction committed.
 */
@PostgresTest
class TableStatisticsOnPostgresTest extends ApplicationTest {

	private static int probes;

	/** A table of its own per test: the counts of a name outlive its table. */
	private String table;

	@Autowired
	private TableStatistics statistics;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	void probeTable() {
		this.table = "statistics_probe_" + ++probes;
		this.jdbc.sql("drop table if exists " + this.table).update();
		this.jdbc.sql("create table " + this.table + " (id int primary key)").update();
	}

	@AfterEach
	void dropProbe() {
		this.jdbc.sql("drop table if exists " + this.table).update();
	}

	@Test
	void analyzesEachTimeTheTableDoubled() {
		assertThat(plannerRows()).as("never analyzed").isEqualTo(-1);

		write(1500);
		assertThat(plannerRows()).isEqualTo(1500);

		write(1000);
		assertThat(plannerRows()).as("grew by less than it had").isEqualTo(1500);

		write(600);
		assertThat(plannerRows()).isEqualTo(3100);
	}

	@Test
	void analyzesAfterTheWritingTransactionCommits() {
		write(1200);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			insert(2000);
			this.statistics.wrote(this.table, 2000);
			assertThat(plannerRows()).as("not before the commit").isEqualTo(1200);
		});
		assertThat(plannerRows()).isEqualTo(3200);
	}

	@Test
	void takesOnlyTableNames() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.statistics.wrote(this.table + "; drop table cases", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.statistics.wrote("Cases", 1));
	}

	private void write(int rows) {
		insert(rows);
		this.statistics.wrote(this.table, rows);
	}

	private void insert(int rows) {
		this.jdbc
			.sql("insert into " + this.table + " select (select coalesce(max(id), 0) from " + this.table
					+ ") + g from generate_series(1, ?) g")
			.param(rows)
			.update();
	}

	private long plannerRows() {
		return this.jdbc.sql("select reltuples::bigint from pg_class where relname = ?")
			.param(this.table)
			.query(Long.class)
			.single();
	}

}
