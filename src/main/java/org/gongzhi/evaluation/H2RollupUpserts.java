package org.gongzhi.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2: standard
 * {@code MERGE INTO … USING … WHEN MATCHED THEN UPDATE … WHEN NOT MATCHED THEN
 * INSERT} (H2's {@code MERGE … KEY} would overwrite, not add). Two first writers of one
 * row can still collide on its primary key; the loser's transaction fails and
 * {@link IndicatorRecorder} runs it again, when the row exists.
 */
final class H2RollupUpserts extends SqlRollupUpserts {

	H2RollupUpserts(JdbcTemplate jdbc) {
		super(jdbc);
	}

	@Override
	protected String upsert(RollupTable table) {
		// the parameters need their types: they are all the source has
		String source = table.columns()
			.stream()
			.map((column) -> "cast(? as " + column.type() + ") " + column.name())
			.collect(Collectors.joining(", "));
		String match = table.key()
			.stream()
			.map((column) -> "t." + column.name() + " = s." + column.name())
			.collect(Collectors.joining(" and "));
		String add = table.added()
			.stream()
			.map((column) -> column.name() + " = t." + column.name() + " + s." + column.name())
			.collect(Collectors.joining(", "));
		String columns = table.columns().stream().map(RollupTable.Column::name).collect(Collectors.joining(", "));
		String values = table.columns()
			.stream()
			.map((column) -> "s." + column.name())
			.collect(Collectors.joining(", "));
		return "merge into " + table.name() + " t using (select " + source + ") s on (" + match
				+ ") when matched then update set " + add + " when not matched then insert (" + columns + ") values ("
				+ values + ")";
	}

	@Override
	public boolean claim(long eventId, Instant processedAt) {
		return jdbc().update("""
				insert into indicator_processed_event (event_id, processed_at)
				select ?, ? where not exists (select 1 from indicator_processed_event where event_id = ?)""", eventId,
				Timestamp.from(processedAt), eventId) == 1;
	}

}
