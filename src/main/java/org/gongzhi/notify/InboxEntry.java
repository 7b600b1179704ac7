package org.gongzhi.notify;

import java.time.Instant;

/**
 * A notification as its recipient reads it, in their language.
 *
 * @param id the notification's id
 * @param kind what it is about
 * @param caseId the case
 * @param caseNumber the case's readable number
 * @param title short title
 * @param body the sentence
 * @param link path of the case page
 * @param createdAt when the event happened
 * @param readAt when the recipient marked it read, {@code null} while unread
 */
public record InboxEntry(long id, NotificationKind kind, long caseId, String caseNumber, String title, String body,
		String link, Instant createdAt, Instant readAt) {

	/** Whether the recipient has not marked it read yet. */
	public boolean unread() {
		return this.readAt == null;
	}

}
