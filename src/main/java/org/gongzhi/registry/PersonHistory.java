package org.gongzhi.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.GongzhiUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of a person's record: what changed (old → new, sensitive values masked),
 * who changed it and when, and the houses the person lived in.
 */
@Component
class PersonHistory {

	private final JdbcClient jdbc;

	private final CurrentScope scope;

	private final Clock clock;

	PersonHistory(JdbcClient jdbc, CurrentScope scope, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.clock = clock;
	}

	void record(long personId, String orgCode, Kind kind, String detail) {
		String actor = this.scope.user().map(GongzhiUser::getUsername).orElse(null);
		this.jdbc
			.sql("insert into registry_person_event (person_id, org_code, occurred_at, actor, kind, detail)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(personId, orgCode, Timestamp.from(this.clock.instant()), actor, kind.name(),
					(detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail)
			.update();
	}

	/** The entries of one person, newest first; the caller has checked the scope. */
	List<Entry> entries(long personId) {
		return this.jdbc
			.sql("select occurred_at, actor, kind, detail from registry_person_event where person_id = ?"
					+ " order by id desc")
			.param(personId)
			.query((rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
					Kind.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}

	/** The houses of one person, latest first. */
	List<Stay> stays(long personId) {
		return this.jdbc
			.sql("select r.house_id, h.address, r.org_code, r.moved_in, r.moved_out"
					+ " from registry_residence r join registry_house h on h.id = r.house_id where r.person_id = ?"
					+ " order by r.moved_in desc, r.id desc")
			.param(personId)
			.query((rs, row) -> new Stay(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					Persons.localDate(rs, "moved_out")))
			.list();
	}

	/** What happened to a record. */
	enum Kind {

		CREATED, MERGED, MOVED_OUT, VIEWED_FULL, ARCHIVED

	}

	/**
	 * One entry of the history.
	 *
	 * @param at when
	 * @param actor who (username)
	 * @param kind what
	 * @param detail the changed fields, one per line
	 * ({@code phone: 138****5678 → 139****0000})
	 */
	record Entry(Instant at, String actor, Kind kind, String detail) {
	}

	/**
	 * A stay in a house.
	 *
	 * @param houseId the house
	 * @param address its address
	 * @param orgCode its grid
	 * @param movedIn from
	 * @param movedOut until, {@code null} while the person lives there
	 */
	record Stay(long houseId, String address, String orgCode, LocalDate movedIn, LocalDate movedOut) {
	}

}
