package org.gongzhi.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.shared.problem.ApiPaths;
import org.gongzhi.shared.problem.ProblemWriter;
import org.gongzhi.shared.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}, for that
 * request only (no session). A token that is unknown, expired, revoked or whose user is
 * disabled answers a 401 problem.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final UserStore users;

	private final GongzhiUserDetailsService details;

	private final TokenUserCache cache;

	private final Clock clock;

	private final Problems problems;

	private final ProblemWriter writer;

	private final LocaleResolver locales;

	BearerTokenFilter(ApiTokens tokens, UserStore users, GongzhiUserDetailsService details, TokenUserCache cache,
			Clock clock, Problems problems, ProblemWriter writer, LocaleResolver locales) {
		this.cache = cache;
		this.clock = clock;
		this.locales = locales;
		this.tokens = tokens;
		this.users = users;
		this.details = details;
		this.problems = problems;
		this.writer = writer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				|| !ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String raw = request.getHeader("Authorization").substring(PREFIX.length()).strip();
		Optional<GongzhiUser> user = this.cache.get(this.tokens.hashOf(raw), this.clock.instant(),
				() -> this.tokens.holderOf(this.tokens.hashOf(raw))
					.flatMap((holder) -> this.users.findById(holder.userId())
						.map(this.details::toUser)
						.filter(GongzhiUser::isEnabled)
						.map((found) -> new TokenUserCache.Resolved(found, holder.expiresAt()))));
		if (user.isEmpty()) {
			this.writer.write(response, this.problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
					"identity.token.invalid", null, this.locales.resolveLocale(request)));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(user.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
