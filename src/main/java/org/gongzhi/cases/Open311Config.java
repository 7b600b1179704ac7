package org.gongzhi.cases;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The Open311 API's limit per client address, as a servlet filter on its paths only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Config.Open311Properties.class)
class Open311Config {

	/**
	 * Just before Spring Security's filter chain (-100): a flood is turned away first.
	 */
	private static final int BEFORE_SECURITY = -101;

	@Bean
	FilterRegistrationBean<Open311RateLimit> open311RateLimit(Open311Properties properties, Clock clock,
			Open311Writer writer, LocaleResolver locales) {
		FilterRegistrationBean<Open311RateLimit> registration = new FilterRegistrationBean<>(
				new Open311RateLimit(properties.requestsPerMinute(), clock, writer, locales));
		registration.addUrlPatterns("/open311/*");
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

	/**
	 * Settings of the Open311 API ({@code gongzhi.open311.*}).
	 *
	 * @param requestsPerMinute requests each client address may make per minute (default
	 * 120)
	 */
	@ConfigurationProperties("gongzhi.open311")
	record Open311Properties(Integer requestsPerMinute) {

		Open311Properties {
			requestsPerMinute = (requestsPerMinute != null) ? requestsPerMinute : 120;
		}

	}

}
