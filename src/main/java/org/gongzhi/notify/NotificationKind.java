package org.gongzhi.notify;

/** What a notification is about; each kind has a title in the messages. */
public enum NotificationKind {

	/** To the reporter: their case was accepted (立案). */
	CASE_ACCEPTED,
	/** To the reporter: their report was not accepted (不予立案), with the reason. */
	CASE_REJECTED,
	/** To the reporter: the case was handled and waits for verification. */
	CASE_HANDLED,
	/** To the reporter: the case was closed, please rate it. */
	CASE_CLOSED,
	/** To the reporter: the case is being handled again (重办). */
	CASE_REOPENED,
	/** To the handling unit: a case was dispatched to it (or sent back for rework). */
	CASE_DISPATCHED,
	/** To the dispatchers: a handling unit returned a case. */
	CASE_RETURNED,
	/** To whoever holds the running stage: its time is nearly or fully used. */
	CASE_OVERDUE,
	/** To the summoned units: 吹哨, report for duty. */
	CASE_ESCALATED,
	/** To the handling unit: a supervision note (督办) waits for a reply. */
	CASE_SUPERVISED,
	/** To the dispatchers: a handling unit asks for more time (申请延期). */
	CASE_EXTENSION_REQUESTED,
	/** To the handling unit: its request for more time was approved or refused. */
	CASE_EXTENSION_DECIDED,
	/**
	 * To the handling unit (and the dispatchers if dissatisfied): the reporter's rating.
	 */
	CASE_EVALUATED;

	/** Message key of the title. */
	public String titleKey() {
		return "notify.title." + name();
	}

}
