package org.gongzhi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** 督办 notes and their replies. */
@Repository
class SupervisionStore {

	private final JdbcClient jdbc;

	SupervisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long caseId, String note, Moment moment) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into case_supervision (case_id, at, by_user_id, by_name, note) values (?, ?, ?, ?, ?)")
			.params(caseId, CaseStore.timestamp(moment.at()), CaseStore.number(moment.actorId()),
					CaseStore.text((moment.actor() != null) ? moment.actor().name() : null), note)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Records a reply; {@code false} if the note was answered already. */
	boolean reply(long supervisionId, String reply, Moment moment) {
		return this.jdbc
			.sql("update case_supervision set reply = ?, replied_at = ?, replied_by = ?, replied_by_name = ?"
					+ " where id = ? and replied_at is null")
			.params(reply, CaseStore.timestamp(moment.at()), moment.actorId(), moment.actor().name(), supervisionId)
			.update() == 1;
	}

	Optional<Supervision> find(long caseId, long supervisionId) {
		return this.jdbc.sql("select * from case_supervision where case_id = ? and id = ?")
			.params(caseId, supervisionId)
			.query(SupervisionStore::supervision)
			.optional();
	}

	List<Supervision> of(long caseId) {
		return this.jdbc.sql("select * from case_supervision where case_id = ? order by id")
			.param(caseId)
			.query(SupervisionStore::supervision)
			.list();
	}

	private static Supervision supervision(ResultSet rs, int row) throws SQLException {
		return new Supervision(rs.getLong("id"), CaseStore.instant(rs, "at"), CaseStore.nullableLong(rs, "by_user_id"),
				rs.getString("by_name"), rs.getString("note"), rs.getString("reply"),
				CaseStore.instant(rs, "replied_at"), CaseStore.nullableLong(rs, "replied_by"),
				rs.getString("replied_by_name"));
	}

}
