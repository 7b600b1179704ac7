package org.gongzhi.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, one per event and recipient, with a pending delivery for each
 * channel that carries their kind. Safe to call twice for the same event: recipients
 * already notified of it are skipped, by the unique key rather than by a check, so two
 * nodes handling the same event at once cannot both add one.
 */
@Repository
class Outbox {

	private final JdbcClient jdbc;

	private final List<NotificationChannel> channels;

	private final Clock clock;

	Outbox(JdbcClient jdbc, List<NotificationChannel> channels, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.clock = clock;
	}

	/**
	 * Notifies each recipient not yet notified of the notice's event.
	 * @return how many notifications were added
	 */
	@Transactional
	int post(Notice notice, Collection<Long> recipients) {
		// a group channel speaks once per event: only if this event has no notification
		// yet
		boolean groupsPending = this.jdbc.sql("select count(*) from notification where event_id = ?")
			.param(notice.eventId())
			.query(Long.class)
			.single() == 0;
		String arguments = MessageArgument.encode(notice.arguments());
		int added = 0;
		for (long recipient : new LinkedHashSet<>(recipients)) {
			KeyHolder key = new GeneratedKeyHolder();
			int rows = this.jdbc
				.sql("insert into notification (event_id, recipient_id, kind, case_id, case_number, org_code,"
						+ " message_key, message_args, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
						+ " on conflict do nothing")
				.params(notice.eventId(), recipient, notice.kind().name(), notice.caseId(), notice.caseNumber(),
						notice.orgCode(), notice.messageKey(), arguments, Timestamp.from(notice.at()))
				.update(key, "id");
			if (rows == 0) {
				continue;
			}
			addDeliveries(key.getKeyAs(Number.class).longValue(), notice.kind(), groupsPending);
			groupsPending = false;
			added++;
		}
		return added;
	}

	private void addDeliveries(long notificationId, NotificationKind kind, boolean withGroups) {
		Timestamp now = Timestamp.from(this.clock.instant());
		for (NotificationChannel channel : this.channels) {
			if (channel.carries(kind) && (channel.perRecipient() || withGroups)) {
				this.jdbc
					.sql("insert into notification_delivery (notification_id, channel, state, attempts,"
							+ " next_attempt_at) values (?, ?, ?, 0, ?)")
					.params(notificationId, channel.name(), DeliveryState.PENDING.name(), now)
					.update();
			}
		}
	}

}
