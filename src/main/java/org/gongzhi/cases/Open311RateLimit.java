package org.gongzhi.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Limits the Open311 API, which anyone may call, to a number of requests per minute and
 * client address, so that one client can neither flood it nor try api_keys at speed. Over
 * the limit the answer is 429 in the spec's error format. Counted per node.
 */
class Open311RateLimit extends OncePerRequestFilter {

	private final int perMinute;

	private final Clock clock;

	private final Open311Writer writer;

	private final LocaleResolver locales;

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	Open311RateLimit(int perMinute, Clock clock, Open311Writer writer, LocaleResolver locales) {
		this.perMinute = perMinute;
		this.clock = clock;
		this.writer = writer;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (admit(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		Open311Format format = Open311Format.ofPath(request.getRequestURI());
		String asked = request.getParameter("locale");
		Locale locale = (asked != null && !asked.isBlank()) ? Locale.forLanguageTag(asked.strip().replace('_', '-'))
				: this.locales.resolveLocale(request);
		String description = this.writer.message("open311.error.too-many-requests", null,
				"en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", "60");
		response.setContentType(format.contentType().toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(this.writer.body(format, Open311Writer.errors(HttpStatus.TOO_MANY_REQUESTS, description)));
	}

	/**
	 * Counts a request in the address's current one-minute window; {@code false} when
	 * over the limit.
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
