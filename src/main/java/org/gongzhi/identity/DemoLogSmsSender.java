package org.gongzhi.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's "SMS gateway": writes the message to the log so the demo can be tried
 * without one. Only in the demo profile, because a sign-in code in a log is a secret in a
 * log; a real gateway registered beside it takes precedence.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoLogSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(DemoLogSmsSender.class);

	@Override
	public void send(String phone, String text) {
		log.info("Demo SMS to {}: {}", MobileNumber.mask(phone), text);
	}

}
