package org.gongzhi.shared.problem;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the probe controller of {@link ValidationProblemTest} in its web slice only.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProbeApiConfig {

	@Bean
	ValidationProblemTest.ProbeApi probeApi() {
		return new ValidationProblemTest.ProbeApi();
	}

}
