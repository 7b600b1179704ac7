package org.gongzhi.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongzhi.notify.OutgoingNotification.RenderedNotification;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications: every query is bound to the recipient, so nobody can read
 * or mark another's (theirs answer 404 as if missing).
 */
@Service
@Transactional(readOnly = true)
class Inbox {

	static final int MAX_PAGE = 100;

	private final JdbcClient jdbc;

	private final NotificationTexts texts;

	private final Clock clock;

	Inbox(JdbcClient jdbc, NotificationTexts texts, Clock clock) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * The user's notifications older than the cursor, newest first.
	 * @param cursor from the previous page, {@code null} for the first
	 * @param unreadOnly only those not marked read
	 * @param limit page size, 1 to {@value #MAX_PAGE}
	 */
	InboxPage list(long userId, String cursor, boolean unreadOnly, int limit, Locale language) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new InvalidInputException("notify.bad-limit", MAX_PAGE);
		}
		List<Object> params = new ArrayList<>(List.of(userId));
		String sql = "select id, kind, case_id, case_number, message_key, message_args, created_at, read_at"
				+ " from notification where recipient_id = ?";
		if (cursor != null && !cursor.isBlank()) {
			sql += " and id < ?";
			params.add(parseCursor(cursor));
		}
		if (unreadOnly) {
			sql += " and read_at is null";
		}
		List<InboxEntry> rows = this.jdbc.sql(sql + " order by id desc fetch first " + (limit + 1) + " rows only")
			.params(params)
			.query((rs, row) -> entry(rs, language))
			.list();
		if (rows.size() <= limit) {
			return new InboxPage(rows, null);
		}
		List<InboxEntry> page = rows.subList(0, limit);
		return new InboxPage(page, Long.toString(page.get(limit - 1).id()));
	}

	long unreadCount(long userId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/** The user's notification; a 404 problem if it is missing or someone else's. */
	InboxEntry get(long userId, long id, Locale language) {
		return this.jdbc
			.sql("select id, kind, case_id, case_number, message_key, message_args, created_at, read_at"
					+ " from notification where id = ? and recipient_id = ?")
			.params(id, userId)
			.query((rs, row) -> entry(rs, language))
			.optional()
			.orElseThrow(() -> new NotFoundException("notify.not-found"));
	}

	/** Marks one of the user's notifications read (again is fine); 404 if not theirs. */
	@Transactional
	void markRead(long userId, long id) {
		int rows = this.jdbc
			.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?")
			.params(Timestamp.from(this.clock.instant()), id, userId)
			.update();
		if (rows == 0) {
			throw new NotFoundException("notify.not-found");
		}
	}

	/** Marks all the user's notifications read; returns how many were unread. */
	@Transactional
	int markAllRead(long userId) {
		return this.jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), userId)
			.update();
	}

	private InboxEntry entry(ResultSet rs, Locale language) throws SQLException {
		NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
		RenderedNotification text = this.texts.render(kind, rs.getString("message_key"),
				MessageArgument.decode(rs.getString("message_args")), language);
		long caseId = rs.getLong("case_id");
		return new InboxEntry(rs.getLong("id"), kind, caseId, rs.getString("case_number"), text.title(), text.body(),
				"/cases/" + caseId, instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")));
	}

	private static long parseCursor(String cursor) {
		try {
			return Long.parseLong(cursor);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("notify.bad-cursor");
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
