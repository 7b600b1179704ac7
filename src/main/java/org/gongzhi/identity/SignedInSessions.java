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

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void endAll(long userId) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof GongzhiUser user && user.getId() == userId) {
				this.registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
