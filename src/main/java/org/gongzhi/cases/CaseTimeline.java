package org.gongzhi.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.files.Attachments;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The timeline of a case: one append-only entry per transition, with the attachments
 * given with it. An entry's id is the eventId of the case event it caused.
 */
@Repository
class CaseTimeline {

	private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
	};

	private static final String INSERT = "insert into case_timeline (case_id, at, actor_user_id, actor_name, action,"
			+ " from_state, to_state, unit_code, note, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final JsonMapper json;

	private final Attachments attachments;

	CaseTimeline(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json, Attachments attachments) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
		this.attachments = attachments;
	}

	/**
	 * Appends the entry of a step and returns its id. Its attachments are bound to the
	 * case in the files module: they must be files the current user uploaded (else a 400
	 * problem, and nothing is written).
	 */
	long append(Case subject, Step step, Moment moment) {
		if (!step.attachments().isEmpty()) {
			this.attachments.attach(step.attachments(), CaseAttachmentAccess.OWNER_TYPE, String.valueOf(subject.id));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT).params(params(new Entered(subject, step, moment))).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (UUID attachment : step.attachments()) {
			this.jdbc.sql("insert into case_attachment (timeline_id, case_id, attachment_id) values (?, ?, ?)")
				.params(id, subject.id, attachment)
				.update();
		}
		return id;
	}

	/**
	 * Appends entries without attachments in one JDBC batch and returns their ids, in
	 * their order. The ids come back with their case and action, so no driver's order of
	 * generated keys is relied on: the entries of one case must have different actions.
	 */
	List<Long> appendAll(List<Entered> entries) {
		if (entries.stream().anyMatch((entry) -> !entry.step().attachments().isEmpty())) {
			throw new IllegalArgumentException("attachments are bound one entry at a time");
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.batches.batchUpdate(
				(connection) -> connection.prepareStatement(INSERT, new String[] { "id", "case_id", "action" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						new ArgumentPreparedStatementSetter(params(entries.get(i)).toArray()).setValues(statement);
					}

					@Override
					public int getBatchSize() {
						return entries.size();
					}

				}, keys);
		Map<String, Long> ids = new HashMap<>();
		for (Map<String, Object> key : keys.getKeyList()) {
			ids.put(((Number) key.get("case_id")).longValue() + "/" + key.get("action"),
					((Number) key.get("id")).longValue());
		}
		List<Long> appended = new ArrayList<>(entries.size());
		for (Entered entry : entries) {
			String key = entry.subject().id + "/" + entry.step().action().name();
			appended.add(Objects.requireNonNull(ids.get(key), key));
		}
		return appended;
	}

	private List<Object> params(Entered entry) {
		Step step = entry.step();
		Moment moment = entry.moment();
		Actor actor = moment.actor();
		return Arrays.asList(entry.subject().id, CaseStore.timestamp(moment.at()), CaseStore.number(moment.actorId()),
				CaseStore.text((actor != null) ? actor.name() : null), step.action().name(),
				CaseStore.text((step.from() != null) ? step.from().name() : null),
				CaseStore.text((step.to() != null) ? step.to().name() : null), CaseStore.text(step.unitCode()),
				CaseStore.text(step.note()),
				CaseStore.text(step.detail().isEmpty() ? null : this.json.writeValueAsString(step.detail())));
	}

	/** The entries of a case, oldest first, with their attachment ids. */
	List<Entry> of(long caseId) {
		Map<Long, List<UUID>> attachments = new HashMap<>();
		this.jdbc.sql("select timeline_id, attachment_id from case_attachment where case_id = ?")
			.param(caseId)
			.query((rs) -> {
				attachments.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		return this.jdbc.sql("select * from case_timeline where case_id = ? order by id")
			.param(caseId)
			.query((rs, row) -> entry(rs, attachments))
			.list();
	}

	/** Whether an attachment was given with some entry of this case. */
	boolean hasAttachment(long caseId, UUID attachmentId) {
		return this.jdbc.sql("select count(*) from case_attachment where case_id = ? and attachment_id = ?")
			.params(caseId, attachmentId)
			.query(Long.class)
			.single() > 0;
	}

	/** The case an attachment was given with, if any. */
	Optional<Long> caseOf(UUID attachmentId) {
		return this.jdbc
			.sql("select case_id from case_attachment where attachment_id = ? order by case_id fetch first 1 rows only")
			.param(attachmentId)
			.query(Long.class)
			.optional();
	}

	private Entry entry(ResultSet rs, Map<Long, List<UUID>> attachments) throws SQLException {
		long id = rs.getLong("id");
		String detail = rs.getString("detail");
		String from = rs.getString("from_state");
		String to = rs.getString("to_state");
		return new Entry(id, CaseStore.instant(rs, "at"), CaseStore.nullableLong(rs, "actor_user_id"),
				rs.getString("actor_name"), CaseAction.valueOf(rs.getString("action")),
				(from != null) ? CaseState.valueOf(from) : null, (to != null) ? CaseState.valueOf(to) : null,
				rs.getString("unit_code"), rs.getString("note"),
				(detail != null) ? this.json.readValue(detail, DETAIL) : Map.of(),
				attachments.getOrDefault(id, List.of()));
	}

	/**
	 * One entry of the timeline.
	 *
	 * @param id id, the eventId of the event it caused
	 * @param at when
	 * @param actorUserId who, {@code null} for the system or an external channel
	 * @param actorName their name at the time
	 * @param action what happened
	 * @param fromState state before
	 * @param toState state after
	 * @param unitCode the unit concerned
	 * @param note note or reason
	 * @param detail further data of the action
	 * @param attachmentIds files given with it
	 */
	record Entry(long id, Instant at, Long actorUserId, String actorName, CaseAction action, CaseState fromState,
			CaseState toState, String unitCode, String note, Map<String, Object> detail, List<UUID> attachmentIds) {
	}

	/**
	 * An entry to append.
	 *
	 * @param subject the case, with its id
	 * @param step the step it records
	 * @param moment when and by whom
	 */
	record Entered(Case subject, Step step, Moment moment) {
	}

}
