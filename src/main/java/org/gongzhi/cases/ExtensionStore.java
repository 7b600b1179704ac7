package org.gongzhi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 延期 requests and their decisions. */
@Repository
class ExtensionStore {

	private final JdbcClient jdbc;

	ExtensionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void request(long caseId, String reason, Instant deadline, Instant previous, Moment moment) {
		this.jdbc
			.sql("insert into case_extension (case_id, requested_at, requested_by, requested_by_name, reason,"
					+ " requested_deadline, previous_deadline) values (?, ?, ?, ?, ?, ?, ?)")
			.params(caseId, CaseStore.timestamp(moment.at()), moment.actorId(), moment.actor().name(), reason,
					CaseStore.timestamp(deadline), CaseStore.timestamp(previous))
			.update();
	}

	void decide(long extensionId, boolean approved, String note, Moment moment) {
		this.jdbc
			.sql("update case_extension set decision = ?, decided_at = ?, decided_by = ?, decided_by_name = ?,"
					+ " decision_note = ? where id = ? and decision is null")
			.params(approved ? Extension.APPROVED : Extension.DENIED, CaseStore.timestamp(moment.at()),
					moment.actorId(), moment.actor().name(), CaseStore.text(note), extensionId)
			.update();
	}

	Optional<Extension> pending(long caseId) {
		return this.jdbc.sql("select * from case_extension where case_id = ? and decision is null")
			.param(caseId)
			.query(ExtensionStore::extension)
			.optional();
	}

	List<Extension> of(long caseId) {
		return this.jdbc.sql("select * from case_extension where case_id = ? order by id")
			.param(caseId)
			.query(ExtensionStore::extension)
			.list();
	}

	private static Extension extension(ResultSet rs, int row) throws SQLException {
		return new Extension(rs.getLong("id"), CaseStore.instant(rs, "requested_at"),
				CaseStore.nullableLong(rs, "requested_by"), rs.getString("requested_by_name"), rs.getString("reason"),
				CaseStore.instant(rs, "requested_deadline"), CaseStore.instant(rs, "previous_deadline"),
				rs.getString("decision"), CaseStore.instant(rs, "decided_at"), CaseStore.nullableLong(rs, "decided_by"),
				rs.getString("decided_by_name"), rs.getString("decision_note"));
	}

}
