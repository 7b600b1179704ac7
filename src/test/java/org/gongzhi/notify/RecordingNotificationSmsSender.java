package org.gongzhi.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Keeps the notification text messages of the tests, ahead of the demo's log sender. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordingNotificationSmsSender implements NotificationSmsSender {

	record Sms(long userId, String text) {
	}

	private final List<Sms> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(long userId, String text) {
		this.sent.add(new Sms(userId, text));
	}

	/** The texts sent to the user that mention the text. */
	List<String> to(long userId, String mentioning) {
		return this.sent.stream()
			.filter((sms) -> sms.userId() == userId && sms.text().contains(mentioning))
			.map(Sms::text)
			.toList();
	}

}
