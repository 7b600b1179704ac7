package org.gongzhi.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.DataScope;
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

	/**
	 * The entries of one person, newest first; the caller has checked that the person is
	 * in scope. Entries written while the person lived outside the caller's scope (before
	 * a move-in from another community) keep only their kind and time: who did what there
	 * is that community's business.
	 */
	List<Entry> entries(long personId) {
		DataScope scope = this.scope.get();
		return this.jdbc
			.sql("select occurred_at, actor, kind, detail, org_code from registry_person_event where person_id = ?"
					+ " order by id desc")
			.param(personId)
			.query((rs, row) -> {
				boolean ours = scope.covers(rs.getString(5));
				return new Entry(rs.getTimestamp(1).toInstant(), ours ? rs.getString(2) : null,
						Kind.valueOf(rs.getString(3)), ours ? rs.getString(4) : null, !ours);
			})
			.list();
	}

	/**
	 * The houses of one person, latest first; the address and id of a house outside the
	 * caller's scope are left out.
	 */
	List<Stay> stays(long personId) {
		DataScope scope = this.scope.get();
		return this.jdbc
			.sql("select r.house_id, h.address, r.org_code, r.moved_in, r.moved_out"
					+ " from registry_residence r join registry_house h on h.id = r.house_id where r.person_id = ?"
					+ " order by r.moved_in desc, r.id desc")
			.param(personId)
			.query((rs, row) -> {
				boolean ours = scope.covers(rs.getString(3));
				return new Stay(ours ? rs.getLong(1) : null, ours ? rs.getString(2) : null,
						ours ? rs.getString(3) : null, rs.getDate(4).toLocalDate(), Persons.localDate(rs, "moved_out"),
						!ours);
			})
			.list();
	}

	/** What happened to a record. */
	enum Kind {

		CREATED, MERGED, MOVED_IN, MOVED_OUT, VIEWED_FULL, ARCHIVED

	}

	/**
	 * One entry of the history.
	 *
	 * @param at when
	 * @param actor who (username)
	 * @param kind what
	 * @param detail the changed fields, one per line
	 * ({@code phone: 138****5678 → 139****0000})
	 * @param elsewhere written outside the caller's scope: actor and detail left out
	 */
	record Entry(Instant at, String actor, Kind kind, String detail, boolean elsewhere) {
	}

	/**
	 * A stay in a house.
	 *
	 * @param houseId the house ({@code null} outside the caller's scope)
	 * @param address its address ({@code null} outside the caller's scope)
	 * @param orgCode its grid ({@code null} outside the caller's scope)
	 * @param movedIn from
	 * @param movedOut until, {@code null} while the person lives there
	 * @param elsewhere a house outside the caller's scope
	 */
	record Stay(Long houseId, String address, String orgCode, LocalDate movedIn, LocalDate movedOut,
			boolean elsewhere) {
	}

}
