package org.gongzhi.notify;

import java.time.Instant;
import java.util.List;

/**
 * What to tell the recipients of one event: the same notice goes to each of them.
 *
 * @param eventId the event's id; with the recipient, what makes a notification unique
 * @param kind what it is about
 * @param caseId the case
 * @param caseNumber the case's readable number
 * @param orgCode where the case is, for the data scope of operators
 * @param messageKey key of the body's message
 * @param arguments arguments of the body's message
 * @param at when the event happened
 */
record Notice(long eventId, NotificationKind kind, long caseId, String caseNumber, String orgCode, String messageKey,
		List<MessageArgument> arguments, Instant at) {

	Notice {
		arguments = List.copyOf(arguments);
	}

}
