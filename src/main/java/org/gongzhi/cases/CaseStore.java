package org.gongzhi.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Cases in the {@code cases} table. Every change is an update guarded by the version the
 * case was read with (optimistic locking): of two concurrent transitions one wins, the
 * other changes nothing and is told so.
 */
@Repository
class CaseStore {

	/** Columns a transition may change, in the order {@link #mutable} gives them. */
	private static final List<String> MUTABLE = List.of("state", "category_code", "category_version_id", "priority",
			"unit_code", "handled_by", "solved", "verified", "rating", "rework_count", "return_count", "reopen_count",
			"late", "merged_into_id", "accepted_at", "dispatched_at", "handled_at", "verified_at", "closed_at",
			"evaluated_at", "accept_deadline", "dispatch_deadline", "handle_deadline", "verify_deadline", "stage",
			"stage_started_at", "stage_warn_at", "stage_deadline", "overdue_level");

	private static final String INSERT = "insert into cases (number, channel, org_code, district_code, lat, lng,"
			+ " address, description, answers, reporter_user_id, self_handled, public_shown," + " reported_at, "
			+ String.join(", ", MUTABLE) + ") values (" + "?, ".repeat(13 + MUTABLE.size() - 1) + "?)";

	private static final String UPDATE = "update cases set " + String.join(" = ?, ", MUTABLE)
			+ " = ?, version = version + 1 where id = ? and version = ?";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final CategoryCatalog categories;

	CaseStore(JdbcClient jdbc, JdbcTemplate batches, CategoryCatalog categories) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.categories = categories;
	}

	/** Inserts a new case and sets its id. */
	void insert(Case subject) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT).params(inserted(subject)).update(keys, "id");
		subject.id = keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Inserts new numbered cases in one JDBC batch and sets their ids. The ids come back
	 * with the numbers they were inserted with, so no driver's order of generated keys is
	 * relied on.
	 */
	void insertAll(List<Case> subjects) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.batches.batchUpdate((connection) -> connection.prepareStatement(INSERT, new String[] { "id", "number" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						new ArgumentPreparedStatementSetter(inserted(subjects.get(i)).toArray()).setValues(statement);
					}

					@Override
					public int getBatchSize() {
						return subjects.size();
					}

				}, keys);
		Map<String, Long> ids = new HashMap<>();
		for (Map<String, Object> key : keys.getKeyList()) {
			ids.put((String) key.get("number"), ((Number) key.get("id")).longValue());
		}
		for (Case subject : subjects) {
			subject.id = Objects.requireNonNull(ids.get(subject.number), subject.number);
		}
	}

	private List<Object> inserted(Case subject) {
		List<Object> params = new ArrayList<>(Arrays.asList(subject.number, subject.channel, subject.orgCode,
				subject.districtCode, subject.lat, subject.lng, text(subject.address), subject.description,
				text(subject.answers), number(subject.reporterUserId), subject.selfHandled, subject.publicShown,
				timestamp(subject.reportedAt)));
		params.addAll(mutable(subject));
		return params;
	}

	/**
	 * Writes a transition; {@code false} if the case changed since it was read (nothing
	 * is written then).
	 */
	boolean update(Case subject) {
		List<Object> params = mutable(subject);
		params.add(subject.id);
		params.add(subject.version);
		boolean updated = this.jdbc.sql(UPDATE).params(params).update() == 1;
		if (updated) {
			subject.version++;
		}
		return updated;
	}

	Optional<Case> find(long id) {
		return this.jdbc.sql("select * from cases where id = ?").param(id).query(this::row).optional();
	}

	private List<Object> mutable(Case subject) {
		return new ArrayList<>(Arrays.asList(subject.state.name(), subject.category.code(),
				subject.category.versionId(), subject.priority.name(), text(subject.unitCode),
				number(subject.handledBy), flag(subject.solved), subject.verified,
				text((subject.rating != null) ? subject.rating.name() : null), subject.reworkCount, subject.returnCount,
				subject.reopenCount, subject.clock.late, number(subject.mergedIntoId), timestamp(subject.acceptedAt),
				timestamp(subject.dispatchedAt), timestamp(subject.handledAt), timestamp(subject.verifiedAt),
				timestamp(subject.closedAt), timestamp(subject.evaluatedAt),
				timestamp(subject.clock.deadlines.get(Stage.ACCEPT)),
				timestamp(subject.clock.deadlines.get(Stage.DISPATCH)),
				timestamp(subject.clock.deadlines.get(Stage.HANDLE)),
				timestamp(subject.clock.deadlines.get(Stage.VERIFY)),
				text((subject.clock.stage != null) ? subject.clock.stage.name() : null),
				timestamp(subject.clock.startedAt), timestamp(subject.clock.warnAt), timestamp(subject.clock.deadline),
				text((subject.clock.overdueLevel != null) ? subject.clock.overdueLevel.name() : null)));
	}

	private Case row(ResultSet rs, int row) throws SQLException {
		Case subject = new Case();
		subject.id = rs.getLong("id");
		subject.number = rs.getString("number");
		subject.state = CaseState.valueOf(rs.getString("state"));
		subject.category = this.categories.version(rs.getLong("category_version_id"));
		subject.priority = Priority.valueOf(rs.getString("priority"));
		subject.channel = rs.getString("channel");
		subject.orgCode = rs.getString("org_code");
		subject.districtCode = rs.getString("district_code");
		subject.lat = rs.getDouble("lat");
		subject.lng = rs.getDouble("lng");
		subject.address = rs.getString("address");
		subject.description = rs.getString("description");
		subject.answers = rs.getString("answers");
		subject.reporterUserId = nullableLong(rs, "reporter_user_id");
		subject.selfHandled = rs.getBoolean("self_handled");
		subject.publicShown = rs.getBoolean("public_shown");
		subject.unitCode = rs.getString("unit_code");
		subject.handledBy = nullableLong(rs, "handled_by");
		boolean solved = rs.getBoolean("solved");
		subject.solved = rs.wasNull() ? null : solved;
		subject.verified = rs.getBoolean("verified");
		String rating = rs.getString("rating");
		subject.rating = (rating != null) ? Rating.valueOf(rating) : null;
		subject.reworkCount = rs.getInt("rework_count");
		subject.returnCount = rs.getInt("return_count");
		subject.reopenCount = rs.getInt("reopen_count");
		subject.clock.late = rs.getBoolean("late");
		subject.mergedIntoId = nullableLong(rs, "merged_into_id");
		subject.reportedAt = instant(rs, "reported_at");
		subject.acceptedAt = instant(rs, "accepted_at");
		subject.dispatchedAt = instant(rs, "dispatched_at");
		subject.handledAt = instant(rs, "handled_at");
		subject.verifiedAt = instant(rs, "verified_at");
		subject.closedAt = instant(rs, "closed_at");
		subject.evaluatedAt = instant(rs, "evaluated_at");
		putDeadline(subject, Stage.ACCEPT, instant(rs, "accept_deadline"));
		putDeadline(subject, Stage.DISPATCH, instant(rs, "dispatch_deadline"));
		putDeadline(subject, Stage.HANDLE, instant(rs, "handle_deadline"));
		putDeadline(subject, Stage.VERIFY, instant(rs, "verify_deadline"));
		String stage = rs.getString("stage");
		subject.clock.stage = (stage != null) ? Stage.valueOf(stage) : null;
		subject.clock.startedAt = instant(rs, "stage_started_at");
		subject.clock.warnAt = instant(rs, "stage_warn_at");
		subject.clock.deadline = instant(rs, "stage_deadline");
		String level = rs.getString("overdue_level");
		subject.clock.overdueLevel = (level != null) ? OverdueLevel.valueOf(level) : null;
		subject.version = rs.getInt("version");
		return subject;
	}

	private static void putDeadline(Case subject, Stage stage, Instant deadline) {
		if (deadline != null) {
			subject.clock.deadlines.put(stage, deadline);
		}
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	// Typed nulls: an untyped null makes the driver ask the database for the parameter's
	// type.

	static Object timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : new SqlParameterValue(Types.TIMESTAMP, null);
	}

	static Object text(String value) {
		return (value != null) ? value : new SqlParameterValue(Types.VARCHAR, null);
	}

	static Object number(Long value) {
		return (value != null) ? value : new SqlParameterValue(Types.BIGINT, null);
	}

	static Object flag(Boolean value) {
		return (value != null) ? value : new SqlParameterValue(Types.BOOLEAN, null);
	}

}
