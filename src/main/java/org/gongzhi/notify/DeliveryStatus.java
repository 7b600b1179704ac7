package org.gongzhi.notify;

import java.time.Instant;

/**
 * How the delivery of one notification over one channel stands, for operators. Names no
 * recipient and no text.
 *
 * @param notificationId the notification
 * @param channel the channel
 * @param state pending, sent or failed
 * @param attempts attempts made so far
 * @param lastError why the last attempt failed, {@code null} if it did not
 * @param nextAttemptAt when a pending delivery is due
 * @param deliveredAt when it was sent
 * @param kind what the notification is about
 * @param caseId the case
 * @param caseNumber the case's readable number
 * @param createdAt when the notification was created
 */
record DeliveryStatus(long notificationId, String channel, DeliveryState state, int attempts, String lastError,
		Instant nextAttemptAt, Instant deliveredAt, NotificationKind kind, long caseId, String caseNumber,
		Instant createdAt) {

}
