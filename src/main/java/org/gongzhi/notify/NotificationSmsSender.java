package org.gongzhi.notify;

/**
 * Sends a notification text message to a user's phone: implement it for the SMS gateway
 * in use and register it as a bean. It is given the user id, not a number, because the
 * platform keeps no phone numbers in clear; the gateway adapter looks the number up in
 * the directory it is allowed to use. Without an implementation no SMS is sent.
 */
public interface NotificationSmsSender {

	/**
	 * @param userId the recipient
	 * @param text the message, already in the recipient's language
	 * @throws DeliveryException if the gateway refused or could not be reached
	 */
	void send(long userId, String text) throws DeliveryException;

}
