package org.gongzhi.notify;

/**
 * A way to reach people beyond the in-app inbox (which every notification is in anyway):
 * register an implementation as a bean. The delivery worker calls it for each
 * notification of a kind it carries, once per recipient or once per event, retrying with
 * backoff when it throws.
 */
public interface NotificationChannel {

	/**
	 * Short stable name stored with each delivery, e.g. {@code sms} (at most 32
	 * characters); renaming it orphans pending deliveries.
	 */
	String name();

	/** Whether this channel carries notifications of the kind. */
	boolean carries(NotificationKind kind);

	/**
	 * Whether each recipient gets their own message (SMS), or the channel speaks to a
	 * group once per event (a robot in a group chat), whatever the number of recipients.
	 */
	default boolean perRecipient() {
		return true;
	}

	/**
	 * Sends the notification; returns normally only once it was accepted for delivery.
	 * @throws DeliveryException if it was not, to be retried later
	 */
	void deliver(OutgoingNotification notification) throws DeliveryException;

}
