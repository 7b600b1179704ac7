package org.gongzhi.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Puts the {@link RecordingSmsSender} before the demo's log sender. */
@TestConfiguration(proxyBeanMethods = false)
class TestSmsConfig {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RecordingSmsSender recordingSmsSender() {
		return new RecordingSmsSender();
	}

}
