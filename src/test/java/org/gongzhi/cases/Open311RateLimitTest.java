package org.gongzhi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

class Open311RateLimitTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final Open311RateLimit limit;

	Open311RateLimitTest() {
		this.messages.addMessage("open311.error.too-many-requests", Locale.SIMPLIFIED_CHINESE, "请求过于频繁");
		this.limit = new Open311RateLimit(3, Clock.fixed(Instant.parse("2026-11-23T01:00:10Z"), ZoneOffset.UTC),
				new Open311Writer(JsonMapper.builder().build(), this.messages),
				new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void eachAddressGetsItsOwnRequestsPerMinute() {
		assertThat(this.limit.admit("10.0.0.1")).isTrue();
		assertThat(this.limit.admit("10.0.0.1")).isTrue();
		assertThat(this.limit.admit("10.0.0.1")).isTrue();
		assertThat(this.limit.admit("10.0.0.1")).isFalse();
		assertThat(this.limit.admit("10.0.0.2")).isTrue();
	}

	@Test
	void overTheLimitTheAnswerIs429InTheSpecsFormat() throws Exception {
		MockHttpServletResponse response = null;
		for (int i = 0; i < 4; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/open311/v2/services.xml");
			request.setRemoteAddr("10.0.0.9");
			response = new MockHttpServletResponse();
			this.limit.doFilter(request, response, new MockFilterChain());
		}
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getHeader("Retry-After")).isEqualTo("60");
		assertThat(response.getContentType()).startsWith("text/xml");
		assertThat(response.getContentAsString()).contains("<errors><error><code>429</code>",
				"<description>请求过于频繁</description>");
	}

}
