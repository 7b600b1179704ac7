package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The second-factor steps of a signed-in session, for the pages and the API alike: the
 * code of this sign-in, and enrolling an authenticator app. Wrong codes count towards the
 * lock of the username like wrong passwords.
 */
@Component
class SecondFactorSteps {

	/** How a code for this sign-in was taken. */
	enum Outcome {

		PASSED, WRONG, LOCKED

	}

	private final SecondFactor secondFactor;

	private final LoginAttempts attempts;

	private final SessionPrincipal session;

	private final AuditLog audit;

	SecondFactorSteps(SecondFactor secondFactor, LoginAttempts attempts, SessionPrincipal session, AuditLog audit) {
		this.secondFactor = secondFactor;
		this.attempts = attempts;
		this.session = session;
		this.audit = audit;
	}

	Outcome signIn(GongzhiUser user, String code, HttpServletRequest request, HttpServletResponse response) {
		if (this.secondFactor.verify(user.getId(), code)) {
			this.attempts.succeeded(user.getUsername());
			this.audit.record(user.getUsername(), "LOGIN_SECOND_FACTOR", user.getUsername(), AuditEntry.Outcome.SUCCESS,
					null);
			this.session.replace(user.withSecondFactorPassed(), request, response);
			return Outcome.PASSED;
		}
		this.audit.record(user.getUsername(), "LOGIN_SECOND_FACTOR", user.getUsername(), AuditEntry.Outcome.FAILURE,
				null);
		this.attempts.failed(user.getUsername());
		if (this.attempts.isLocked(user.getUsername())) {
			request.getSession().invalidate();
			return Outcome.LOCKED;
		}
		return Outcome.WRONG;
	}

	SecondFactor.Enrollment begin(GongzhiUser user) {
		return this.secondFactor.begin(user.getId(), user.getUsername());
	}

	void confirm(GongzhiUser user, String code, HttpServletRequest request, HttpServletResponse response) {
		this.secondFactor.confirm(user.getId(), user.getUsername(), code);
		this.session.replace(user.withSecondFactorPassed(), request, response);
	}

	boolean enrolled(GongzhiUser user) {
		return this.secondFactor.enrolled(user.getId());
	}

}
