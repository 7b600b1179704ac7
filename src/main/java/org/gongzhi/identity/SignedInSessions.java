package org.gongzhi.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the signed-in sessions of an account at once, e.g. when it is disabled or its
 * password reset, so that the change takes effect now and not at the next sign-in.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	private final UserStore users;

	SignedInSessions(SessionRegistry registry, UserStore users) {
		this.registry = registry;
		this.users = users;
	}

	/**
	 * Ends the account's sessions on every node: they are found by username in the
	 * session table.
	 */
	void endAll(long userId) {
		this.users.findById(userId)
			.ifPresent((account) -> this.registry.getAllSessions(account.username(), false)
				.forEach(SessionInformation::expireNow));
	}

}
