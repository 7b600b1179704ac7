package org.gongzhi.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in sessions of the users in a scope, from the session table, and ending one
 * of them (强制下线): the user's next request finds no session, on whichever node it lands.
 */
@Service
class OnlineSessions {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	OnlineSessions(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Sessions of users in {@code scope}, most recently active first. */
	@Transactional(readOnly = true)
	List<OnlineSession> list(DataScope scope) {
		DataScope.SqlPredicate inScope = scope.orgPredicate("u.org_code");
		List<Object> params = new ArrayList<>(inScope.params());
		// Spring Session keeps times as epoch milliseconds of the system clock
		params.add(System.currentTimeMillis());
		return this.jdbc
			.sql("select s.primary_id, u.username, u.display_name, s.creation_time, s.last_access_time"
					+ " from spring_session s join app_user u on u.username = s.principal_name where " + inScope.sql()
					+ " and s.expiry_time > ? order by s.last_access_time desc")
			.params(params)
			.query((rs, row) -> new OnlineSession(rs.getString(1).strip(), rs.getString(2), rs.getString(3),
					Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5))))
			.list();
	}

	/** Ends a session of a user in {@code scope}; any other id answers 404. */
	@Transactional
	void end(String sessionId, DataScope scope) {
		OnlineSession session = list(scope).stream()
			.filter((candidate) -> candidate.id().equals(sessionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("identity.sessions.not-found"));
		this.jdbc.sql("delete from spring_session_attributes where session_primary_id = ?").param(sessionId).update();
		this.jdbc.sql("delete from spring_session where primary_id = ?").param(sessionId).update();
		this.audit.record("SESSION_ENDED", session.username(), AuditEntry.Outcome.SUCCESS, null);
	}

}
