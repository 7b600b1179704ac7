package org.gongzhi.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts per client address (per minute), beside the per-account
 * lockout: one address trying many accounts is slowed down without locking them all. Over
 * the limit the answer is 429 with the error page. Counted per node; behind a load
 * balancer each node limits alone.
 */
class SignInRateLimit extends OncePerRequestFilter {

	private final int perMinute;

	private final Clock clock;

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	SignInRateLimit(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && request.getServletPath().startsWith("/login"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!admit(request.getRemoteAddr())) {
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Counts the attempt in the address's current one-minute window; {@code false} when
	 * over.
	 */
	boolean admit(String address) {
		long minute = this.clock.millis() / 60_000;
		if (this.windows.size() > 100_000) {
			this.windows.entrySet().removeIf((entry) -> entry.getValue()[0] < minute);
		}
		long[] window = this.windows.compute(address, (key, current) -> (current == null || current[0] != minute)
				? new long[] { minute, 1 } : new long[] { minute, current[1] + 1 });
		return window[1] <= this.perMinute;
	}

}
