package org.gongzhi.identity;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the login policy around it: a locked username is refused before
 * its password is even checked, every failure counts towards a lock, and every outcome
 * goes to the audit log.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttempts attempts;

	private final UserStore store;

	private final AuditLog audit;

	private final Clock clock;

	LockoutAuthenticationProvider(DaoAuthenticationProvider passwords, LoginAttempts attempts, UserStore store,
			AuditLog audit, Clock clock) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (this.attempts.isLocked(username)) {
			this.attempts.refusedWhileLocked(username);
			throw new LockedException("locked");
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.attempts.failed(username);
			throw ex;
		}
		GongzhiUser user = (GongzhiUser) result.getPrincipal();
		// with a code still owed the sign-in is not done: the failures keep counting, or
		// a known password would reset the count again and again to guess codes
		if (user.getSecondFactor() != GongzhiUser.SecondFactorState.PENDING) {
			this.attempts.succeeded(username);
		}
		String place = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.store.recordLogin(user.getId(), this.clock.instant(), place);
		this.audit.record(user.getUsername(), "LOGIN", user.getUsername(), AuditEntry.Outcome.SUCCESS, null);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
