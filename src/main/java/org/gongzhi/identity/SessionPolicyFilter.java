package org.gongzhi.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gongzhi.shared.problem.ApiPaths;
import org.gongzhi.shared.problem.ProblemWriter;
import org.gongzhi.shared.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Rules for signed-in sessions: a session idle for longer than the idle timeout ends
 * (measured on the application clock), a user whose password must change can do nothing
 * else until it has, and a session ended by a newer sign-in says so.
 */
class SessionPolicyFilter extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = SessionPolicyFilter.class.getName() + ".lastActivity";

	static final String CHANGE_PASSWORD_PAGE = "/account/password";

	private static final List<String> ALLOWED_DURING_CHANGE = List.of(CHANGE_PASSWORD_PAGE, "/login", "/logout",
			"/error", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico", "/api/identity/me");

	private final Clock clock;

	private final Duration idleTimeout;

	private final AuditLog audit;

	private final Problems problems;

	private final ProblemWriter writer;

	private final LocaleResolver locales;

	SessionPolicyFilter(Clock clock, Duration idleTimeout, AuditLog audit, Problems problems, ProblemWriter writer,
			LocaleResolver locales) {
		this.locales = locales;
		this.clock = clock;
		this.idleTimeout = idleTimeout;
		this.audit = audit;
		this.problems = problems;
		this.writer = writer;
	}

	/** Starts the idle clock of a session when its user signs in, then hands on. */
	AuthenticationSuccessHandler startingIdleClock(AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			request.getSession().setAttribute(LAST_ACTIVITY, this.clock.instant());
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * What a session ended by a newer sign-in of the same account answers: pages go to
	 * the login page, the API answers 401.
	 */
	SessionInformationExpiredStrategy replacedSessions() {
		return (event) -> {
			HttpServletRequest request = event.getRequest();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			refuse(request, event.getResponse(), path, HttpStatus.UNAUTHORIZED, "identity.session.replaced",
					"/login?replaced");
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session == null || auth instanceof ApiTokenAuthentication
				|| !(auth != null && auth.getPrincipal() instanceof GongzhiUser user)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Instant now = this.clock.instant();
		Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
		if (last != null && last.plus(this.idleTimeout).isBefore(now)) {
			this.audit.record(user.getUsername(), "SESSION_TIMEOUT", user.getUsername(), AuditEntry.Outcome.SUCCESS,
					null);
			session.invalidate();
			SecurityContextHolder.clearContext();
			refuse(request, response, path, HttpStatus.UNAUTHORIZED, "identity.session.expired", "/login?expired");
			return;
		}
		session.setAttribute(LAST_ACTIVITY, now);
		if (user.isPasswordChangeRequired() && ALLOWED_DURING_CHANGE.stream().noneMatch(path::startsWith)) {
			refuse(request, response, path, HttpStatus.FORBIDDEN, "identity.password.change-required",
					CHANGE_PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			String messageKey, String page) throws IOException {
		if (ApiPaths.isApi(path)) {
			String type = (status == HttpStatus.UNAUTHORIZED) ? "unauthorized" : "password-change-required";
			this.writer.write(response,
					this.problems.of(status, type, messageKey, null, this.locales.resolveLocale(request)));
		}
		else {
			response.sendRedirect(request.getContextPath() + page);
		}
	}

}
