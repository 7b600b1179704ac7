package org.gongzhi.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

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
 * (measured on the application clock); a user who still owes a step of the sign-in (the
 * second factor, enrolling one, a new password) can do nothing else until it is done; and
 * a session ended by a newer sign-in says so.
 */
class SessionPolicyFilter extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = SessionPolicyFilter.class.getName() + ".lastActivity";

	static final String CHANGE_PASSWORD_PAGE = "/account/password";

	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	static final String ENROLL_PAGE = "/account/second-factor";

	private static final List<String> ALWAYS_ALLOWED = List.of("/login", "/logout", "/error", "/css/", "/js/", "/img/",
			"/webjars/", "/favicon.ico");

	/** A step of the sign-in still to be done: nothing else is allowed until it is. */
	private record Step(String page, String api, String messageKey, String problemType) {

		boolean allows(String path) {
			return ALWAYS_ALLOWED.stream().anyMatch(path::startsWith) || path.startsWith(this.page)
					|| (this.api != null && path.startsWith(this.api));
		}

	}

	private static final Step SECOND_FACTOR = new Step(SECOND_FACTOR_PAGE,
			"/api/identity/me/second-factor/verification", "identity.totp.required", "second-factor-required");

	private static final Step ENROLL = new Step(ENROLL_PAGE, "/api/identity/me/second-factor",
			"identity.totp.enrollment-required", "second-factor-enrollment-required");

	private static final Step CHANGE_PASSWORD = new Step(CHANGE_PASSWORD_PAGE, "/api/identity/me",
			"identity.password.change-required", "password-change-required");

	private final Clock clock;

	private final Supplier<Duration> idleTimeout;

	private final AuditLog audit;

	private final Problems problems;

	private final ProblemWriter writer;

	private final LocaleResolver locales;

	/**
	 * @param idleTimeout the idle timeout in force, asked at every request: the security
	 * administrator may change it at any time
	 */
	SessionPolicyFilter(Clock clock, Supplier<Duration> idleTimeout, AuditLog audit, Problems problems,
			ProblemWriter writer, LocaleResolver locales) {
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
		if (last != null && last.plus(this.idleTimeout.get()).isBefore(now)) {
			this.audit.record(user.getUsername(), "SESSION_TIMEOUT", user.getUsername(), AuditEntry.Outcome.SUCCESS,
					null);
			session.invalidate();
			SecurityContextHolder.clearContext();
			refuse(request, response, path, HttpStatus.UNAUTHORIZED, "identity.session.expired", "/login?expired");
			return;
		}
		session.setAttribute(LAST_ACTIVITY, now);
		Step step = pendingStep(user);
		if (step != null && !step.allows(path)) {
			refuse(request, response, path, HttpStatus.FORBIDDEN, step.messageKey(), step.page(), step.problemType());
			return;
		}
		chain.doFilter(request, response);
	}

	/** The first step of the sign-in this user still owes, if any. */
	private static Step pendingStep(GongzhiUser user) {
		return switch (user.getSecondFactor()) {
			case PENDING -> SECOND_FACTOR;
			case ENROLLMENT_REQUIRED -> ENROLL;
			case NONE, PASSED -> user.isPasswordChangeRequired() ? CHANGE_PASSWORD : null;
		};
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			String messageKey, String page) throws IOException {
		refuse(request, response, path, status, messageKey, page, "unauthorized");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			String messageKey, String page, String type) throws IOException {
		if (ApiPaths.isApi(path)) {
			this.writer.write(response,
					this.problems.of(status, type, messageKey, null, this.locales.resolveLocale(request)));
		}
		else {
			response.sendRedirect(request.getContextPath() + page);
		}
	}

}
