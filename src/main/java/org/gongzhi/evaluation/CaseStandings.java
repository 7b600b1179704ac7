package org.gongzhi.evaluation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.gongzhi.cases.CaseState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@link CaseStanding} of each case seen, in {@code indicator_case}. */
@Repository
class CaseStandings {

	private static final String COLUMNS = "case_id, report_day, report_seen, org_code, unit_code, category_code, "
			+ "facts_event_id, state, state_event_id, rejected, closed, closed_on_time, close_event_id";

	private final JdbcClient jdbc;

	CaseStandings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The standing of the case, locked until the transaction ends so that two events of
	 * one case are counted one after the other.
	 */
	Optional<CaseStanding> lock(long caseId) {
		return this.jdbc.sql("select " + COLUMNS + " from indicator_case where case_id = ? for update")
			.param(caseId)
			.query(CaseStandings::map)
			.optional();
	}

	void insert(CaseStanding standing) {
		this.jdbc.sql("insert into indicator_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(standing.caseId(), Date.valueOf(standing.reportDay()), standing.reportSeen(), standing.orgCode(),
					standing.unitCode(), standing.categoryCode(), standing.factsEventId(), stateName(standing),
					standing.stateEventId(), standing.rejected(), standing.closed(), standing.closedOnTime(),
					standing.closeEventId())
			.update();
	}

	void update(CaseStanding standing) {
		this.jdbc.sql("""
				update indicator_case set report_day = ?, report_seen = ?, org_code = ?, unit_code = ?,
				  category_code = ?, facts_event_id = ?, state = ?, state_event_id = ?, rejected = ?, closed = ?,
				  closed_on_time = ?, close_event_id = ?
				where case_id = ?""")
			.params(Date.valueOf(standing.reportDay()), standing.reportSeen(), standing.orgCode(), standing.unitCode(),
					standing.categoryCode(), standing.factsEventId(), stateName(standing), standing.stateEventId(),
					standing.rejected(), standing.closed(), standing.closedOnTime(), standing.closeEventId(),
					standing.caseId())
			.update();
	}

	private static String stateName(CaseStanding standing) {
		return (standing.state() != null) ? standing.state().name() : null;
	}

	private static CaseStanding map(ResultSet rs, int row) throws SQLException {
		String state = rs.getString("state");
		return new CaseStanding(rs.getLong("case_id"), rs.getDate("report_day").toLocalDate(),
				rs.getBoolean("report_seen"), rs.getString("org_code"), rs.getString("unit_code"),
				rs.getString("category_code"), rs.getLong("facts_event_id"),
				(state != null) ? CaseState.valueOf(state) : null, rs.getLong("state_event_id"),
				rs.getBoolean("rejected"), rs.getBoolean("closed"), rs.getBoolean("closed_on_time"),
				rs.getLong("close_event_id"));
	}

}
