package org.gongzhi.evaluation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.gongzhi.cases.CaseState;
import org.gongzhi.shared.TableStatistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@link CaseStanding} of each case seen, in {@code indicator_case}. */
@Repository
class CaseStandings {

	private static final String COLUMNS = "case_id, report_day, report_seen, org_code, unit_code, category_code, "
			+ "facts_event_id, state, state_event_id, rejected, closed, closed_on_time, close_event_id";

	private static final String INSERT = "insert into indicator_case (" + COLUMNS
			+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = """
			update indicator_case set report_day = ?, report_seen = ?, org_code = ?, unit_code = ?,
			  category_code = ?, facts_event_id = ?, state = ?, state_event_id = ?, rejected = ?, closed = ?,
			  closed_on_time = ?, close_event_id = ?
			where case_id = ?""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TableStatistics statistics;

	CaseStandings(JdbcClient jdbc, JdbcTemplate batches, TableStatistics statistics) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.statistics = statistics;
	}

	/**
	 * The standings of the cases that have one, locked in case order (the same for every
	 * transaction) until the transaction ends.
	 */
	Map<Long, CaseStanding> lock(SortedSet<Long> caseIds) {
		Map<Long, CaseStanding> standings = new HashMap<>();
		this.jdbc
			.sql("select " + COLUMNS + " from indicator_case where case_id in ("
					+ String.join(", ", Collections.nCopies(caseIds.size(), "?")) + ") order by case_id for update")
			.params(List.copyOf(caseIds))
			.query(CaseStandings::map)
			.list()
			.forEach((standing) -> standings.put(standing.caseId(), standing));
		return standings;
	}

	void insertAll(List<CaseStanding> standings) {
		this.batches.batchUpdate(INSERT,
				standings.stream()
					.map((standing) -> new Object[] { standing.caseId(), Date.valueOf(standing.reportDay()),
							standing.reportSeen(), standing.orgCode(), standing.unitCode(), standing.categoryCode(),
							standing.factsEventId(), stateName(standing), standing.stateEventId(), standing.rejected(),
							standing.closed(), standing.closedOnTime(), standing.closeEventId() })
					.toList());
		// lock() looks standings up by lists of case ids
		this.statistics.wrote("indicator_case", standings.size());
	}

	void updateAll(List<CaseStanding> standings) {
		this.batches.batchUpdate(UPDATE,
				standings.stream()
					.map((standing) -> new Object[] { Date.valueOf(standing.reportDay()), standing.reportSeen(),
							standing.orgCode(), standing.unitCode(), standing.categoryCode(), standing.factsEventId(),
							stateName(standing), standing.stateEventId(), standing.rejected(), standing.closed(),
							standing.closedOnTime(), standing.closeEventId(), standing.caseId() })
					.toList());
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
