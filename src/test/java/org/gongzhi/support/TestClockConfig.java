package org.gongzhi.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock with a {@link TestClock}. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfig {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
