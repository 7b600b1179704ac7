package org.gongzhi.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The resume point of the demo history in {@code demo_case_history}: how many of its
 * cases are entered, written with each batch.
 */
@Repository
class DemoHistoryProgress {

	private final JdbcClient jdbc;

	DemoHistoryProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The history's parameters and how far it got.
	 *
	 * @param seed the seed
	 * @param total cases planned
	 * @param days days back from {@code end}
	 * @param end the end of the history
	 * @param entered cases entered so far
	 * @param finishedAt when the last was entered, {@code null} while unfinished
	 */
	record State(long seed, int total, int days, Instant end, int entered, Instant finishedAt) {

		boolean finished() {
			return this.finishedAt != null;
		}

	}

	Optional<State> find() {
		return this.jdbc
			.sql("select seed, total, days, end_at, entered, finished_at from demo_case_history where id = 1")
			.query((rs, row) -> new State(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
					rs.getInt(5), (rs.getTimestamp(6) != null) ? rs.getTimestamp(6).toInstant() : null))
			.optional();
	}

	/** The history begun before, or a new one with these parameters. */
	State findOrStart(long seed, int total, int days, Instant end) {
		return find().orElseGet(() -> {
			this.jdbc
				.sql("insert into demo_case_history (id, seed, total, days, end_at, entered, started_at)"
						+ " values (1, ?, ?, ?, ?, 0, ?)")
				.params(seed, total, days, Timestamp.from(end), Timestamp.from(end))
				.update();
			return new State(seed, total, days, end, 0, null);
		});
	}

	/**
	 * Moves the resume point from {@code from} to {@code to}; {@code false} if someone
	 * else moved it meanwhile (the batch must then roll back).
	 */
	boolean advance(int from, int to) {
		return this.jdbc.sql("update demo_case_history set entered = ? where id = 1 and entered = ?")
			.params(to, from)
			.update() == 1;
	}

	void finish(Instant at) {
		this.jdbc.sql("update demo_case_history set finished_at = ? where id = 1").param(Timestamp.from(at)).update();
	}

}
