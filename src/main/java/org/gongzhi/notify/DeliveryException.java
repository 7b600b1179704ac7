package org.gongzhi.notify;

/**
 * A channel could not deliver a notification. The message is kept with the delivery and
 * shown to operators, so it must name the failure only: never a phone number, a message
 * text, a URL with its key or any other secret.
 */
public class DeliveryException extends Exception {

	public DeliveryException(String safeMessage) {
		super(safeMessage);
	}

	public DeliveryException(String safeMessage, Throwable cause) {
		super(safeMessage, cause);
	}

}
