package org.gongzhi.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gongzhi.identity.DataScope;

import org.gongzhi.identity.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pending deliveries as a work queue shared by all nodes. A worker claims due rows
 * with {@code FOR UPDATE SKIP LOCKED} inside its transaction: another node's worker skips
 * them instead of waiting, and nobody else sees them until the claiming transaction
 * records the outcome. PostgreSQL and H2 2.x (since 2.2) both understand this SQL.
 */
@Repository
class DeliveryQueue {

	private final JdbcClient jdbc;

	DeliveryQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A delivery claimed for an attempt. */
	record Due(long notificationId, String channel, int attempts) {
	}

	/** A notification to be delivered, as stored. */
	record Stored(long id, long recipientId, NotificationKind kind, long caseId, String caseNumber, String messageKey,
			String messageArgs) {
	}

	/**
	 * Locks and returns up to {@code limit} deliveries due at {@code now}, oldest first,
	 * skipping rows another transaction holds. Call inside a transaction.
	 */
	List<Due> claim(Instant now, int limit) {
		return this.jdbc
			.sql("select notification_id, channel, attempts from notification_delivery"
					+ " where state = ? and next_attempt_at <= ? order by next_attempt_at, notification_id"
					+ " fetch first " + limit + " rows only for update skip locked")
			.params(DeliveryState.PENDING.name(), Timestamp.from(now))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	List<Stored> notifications(Collection<Long> ids) {
		return this.jdbc
			.sql("select id, recipient_id, kind, case_id, case_number, message_key, message_args from notification"
					+ " where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> new Stored(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	void sent(Due due, Instant now) {
		this.jdbc
			.sql("update notification_delivery set state = ?, attempts = ?, delivered_at = ?, last_error = null"
					+ " where notification_id = ? and channel = ?")
			.params(DeliveryState.SENT.name(), due.attempts() + 1, Timestamp.from(now), due.notificationId(),
					due.channel())
			.update();
	}

	/**
	 * Deliveries in the state, of notifications about places the scope covers, newest
	 * first.
	 */
	List<DeliveryStatus> list(DeliveryState state, DataScope.SqlPredicate scope, int limit) {
		List<Object> params = new ArrayList<>();
		params.add(state.name());
		params.addAll(scope.params());
		return this.jdbc
			.sql("select d.notification_id, d.channel, d.state, d.attempts, d.last_error, d.next_attempt_at,"
					+ " d.delivered_at, n.kind, n.case_id, n.case_number, n.created_at"
					+ " from notification_delivery d join notification n on n.id = d.notification_id"
					+ " where d.state = ? and " + scope.sql() + " order by d.notification_id desc, d.channel"
					+ " fetch first " + limit + " rows only")
			.params(params)
			.query((rs, row) -> new DeliveryStatus(rs.getLong(1), rs.getString(2),
					DeliveryState.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7)), NotificationKind.valueOf(rs.getString(8)), rs.getLong(9),
					rs.getString(10), instant(rs.getTimestamp(11))))
			.list();
	}

	/**
	 * Makes a failed delivery due again now, with a fresh count of attempts, if it lies
	 * in the scope; returns whether there was one.
	 */
	boolean retry(long notificationId, String channel, DataScope.SqlPredicate scope, Instant now) {
		List<Object> params = new ArrayList<>(List.of(DeliveryState.PENDING.name(), Timestamp.from(now), notificationId,
				channel, DeliveryState.FAILED.name(), notificationId));
		params.addAll(scope.params());
		return this.jdbc
			.sql("update notification_delivery set state = ?, attempts = 0, next_attempt_at = ?"
					+ " where notification_id = ? and channel = ? and state = ?"
					+ " and exists (select 1 from notification n where n.id = ? and " + scope.sql() + ")")
			.params(params)
			.update() > 0;
	}

	/**
	 * Records a failed attempt: due again at {@code retryAt}, or given up if that is
	 * null.
	 */
	void failed(Due due, String error, Instant retryAt) {
		DeliveryState state = (retryAt != null) ? DeliveryState.PENDING : DeliveryState.FAILED;
		String sql = "update notification_delivery set state = ?, attempts = ?, last_error = ?"
				+ ((retryAt != null) ? ", next_attempt_at = ?" : "") + " where notification_id = ? and channel = ?";
		JdbcClient.StatementSpec update = this.jdbc.sql(sql).param(state.name()).param(due.attempts() + 1).param(error);
		if (retryAt != null) {
			update = update.param(Timestamp.from(retryAt));
		}
		update.param(due.notificationId()).param(due.channel()).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
