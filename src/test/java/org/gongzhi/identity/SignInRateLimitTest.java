package org.gongzhi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SignInRateLimitTest {

	private static final Instant START = Instant.parse("2026-11-23T08:00:10Z");

	@Test
	void anAddressMayTryThirtyTimesAMinuteAndIsRefusedAfter() throws Exception {
		SignInRateLimit limit = new SignInRateLimit(30, Clock.fixed(START, ZoneOffset.UTC));
		for (int i = 0; i < 30; i++) {
			assertThat(signIn(limit, "10.1.1.1").getStatus()).isEqualTo(200);
		}
		assertThat(signIn(limit, "10.1.1.1").getStatus()).isEqualTo(429);
		assertThat(signIn(limit, "10.1.1.2").getStatus()).as("another address is not affected").isEqualTo(200);
	}

	@Test
	void theNextMinuteStartsAfresh() {
		SignInRateLimit first = new SignInRateLimit(2, Clock.fixed(START, ZoneOffset.UTC));
		assertThat(first.admit("10.1.1.1")).isTrue();
		assertThat(first.admit("10.1.1.1")).isTrue();
		assertThat(first.admit("10.1.1.1")).isFalse();
		SignInRateLimit later = new SignInRateLimit(2,
				Clock.offset(Clock.fixed(START, ZoneOffset.UTC), Duration.ofMinutes(1)));
		assertThat(later.admit("10.1.1.1")).isTrue();
	}

	@Test
	void onlySignInsAreCounted() throws Exception {
		SignInRateLimit limit = new SignInRateLimit(1, Clock.fixed(START, ZoneOffset.UTC));
		for (int i = 0; i < 5; i++) {
			MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
			page.setServletPath("/login");
			MockHttpServletResponse response = new MockHttpServletResponse();
			limit.doFilter(page, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	private static MockHttpServletResponse signIn(SignInRateLimit limit, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
