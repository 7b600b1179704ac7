package org.gongzhi.notify;

/** Where the delivery of a notification over one channel stands. */
enum DeliveryState {

	/** Not sent yet: due at its next attempt. */
	PENDING,
	/** Accepted by the channel. */
	SENT,
	/** Given up after the last attempt, or its channel is gone. */
	FAILED

}
