package org.gongzhi.evaluation;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL: {@code INSERT … ON CONFLICT DO UPDATE}, atomic under concurrency (a second
 * writer waits for the row and then adds to it; one that finds it deleted inserts it).
 */
final class PostgresRollupUpserts extends SqlRollupUpserts {

	PostgresRollupUpserts(JdbcTemplate jdbc) {
		super(jdbc);
	}

	@Override
	protected String upsert(RollupTable table) {
		String columns = table.columns().stream().map(RollupTable.Column::name).collect(Collectors.joining(", "));
		String key = table.key().stream().map(RollupTable.Column::name).collect(Collectors.joining(", "));
		return "insert into " + table.name() + " (" + columns + ") values ("
				+ String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ") on conflict (" + key
				+ ") do update set "
				+ table.added()
					.stream()
					.map((column) -> column.name() + " = " + table.name() + "." + column.name() + " + excluded."
							+ column.name())
					.collect(Collectors.joining(", "));
	}

	@Override
	public boolean claim(long eventId, Instant processedAt) {
		return jdbc().update(
				"insert into indicator_processed_event (event_id, processed_at) values (?, ?) on conflict do nothing",
				eventId, Timestamp.from(processedAt)) == 1;
	}

	/** One statement for all: the ids as an array. */
	@Override
	public Set<Long> claim(Collection<Long> eventIds, Instant processedAt) {
		return new HashSet<>(jdbc().query((connection) -> {
			PreparedStatement statement = connection
				.prepareStatement("insert into indicator_processed_event (event_id, processed_at) select unnest(?), ?"
						+ " on conflict do nothing returning event_id");
			statement.setArray(1, connection.createArrayOf("bigint", eventIds.toArray()));
			statement.setTimestamp(2, Timestamp.from(processedAt));
			return statement;
		}, (rs, row) -> rs.getLong(1)));
	}

}
