package org.gongzhi.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** 吹哨 escalations and the answers of their summoned units. */
@Repository
class EscalationStore {

	private final JdbcClient jdbc;

	EscalationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long caseId, String leadUnitCode, List<String> units, String reason, Moment moment) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into case_escalation (case_id, lead_unit_code, reason, created_at, created_by,"
					+ " created_by_name) values (?, ?, ?, ?, ?, ?)")
			.params(caseId, leadUnitCode, reason, CaseStore.timestamp(moment.at()), CaseStore.number(moment.actorId()),
					CaseStore.text(moment.actor().name()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (String unit : units) {
			this.jdbc
				.sql("insert into case_escalation_unit (escalation_id, case_id, unit_code, lead) values (?, ?, ?, ?)")
				.params(id, caseId, unit, unit.equals(leadUnitCode))
				.update();
		}
		return id;
	}

	/** The latest escalation of a case, if it was ever escalated. */
	Optional<Escalation> latest(long caseId) {
		return this.jdbc.sql("select * from case_escalation where case_id = ? order by id desc fetch first 1 rows only")
			.param(caseId)
			.query((rs, row) -> new Escalation(rs.getLong("id"), rs.getString("lead_unit_code"), rs.getString("reason"),
					CaseStore.instant(rs, "created_at"), CaseStore.nullableLong(rs, "created_by"),
					rs.getString("created_by_name"), units(rs.getLong("id"))))
			.optional();
	}

	void reportIn(long escalationId, String unitCode, Moment moment) {
		this.jdbc
			.sql("update case_escalation_unit set reported_in_at = ?, reported_in_by = ?, reported_in_name = ?"
					+ " where escalation_id = ? and unit_code = ?")
			.params(CaseStore.timestamp(moment.at()), moment.actorId(), moment.actor().name(), escalationId, unitCode)
			.update();
	}

	void done(long escalationId, String unitCode, String note, Moment moment) {
		this.jdbc
			.sql("update case_escalation_unit set done_at = ?, done_by = ?, done_name = ?, done_note = ?"
					+ " where escalation_id = ? and unit_code = ?")
			.params(CaseStore.timestamp(moment.at()), moment.actorId(), moment.actor().name(), CaseStore.text(note),
					escalationId, unitCode)
			.update();
	}

	private List<Escalation.SummonedUnit> units(long escalationId) {
		return this.jdbc.sql("select * from case_escalation_unit where escalation_id = ? order by lead desc, unit_code")
			.param(escalationId)
			.query((rs, row) -> new Escalation.SummonedUnit(rs.getString("unit_code"), rs.getBoolean("lead"),
					CaseStore.instant(rs, "reported_in_at"), CaseStore.nullableLong(rs, "reported_in_by"),
					rs.getString("reported_in_name"), CaseStore.instant(rs, "done_at"),
					CaseStore.nullableLong(rs, "done_by"), rs.getString("done_name"), rs.getString("done_note")))
			.list();
	}

}
