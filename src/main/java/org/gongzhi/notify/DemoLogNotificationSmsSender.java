package org.gongzhi.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's notification "SMS gateway": notes in the log that a text would have gone to
 * a user. It logs neither a phone number (it has none) nor the text, which may carry what
 * someone typed about a case. Only in the demo profile; a real sender registered beside
 * it takes precedence.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoLogNotificationSmsSender implements NotificationSmsSender {

	private static final Logger log = LoggerFactory.getLogger(DemoLogNotificationSmsSender.class);

	@Override
	public void send(long userId, String text) {
		log.info("Demo notification SMS to user {} ({} characters)", userId, text.length());
	}

}
