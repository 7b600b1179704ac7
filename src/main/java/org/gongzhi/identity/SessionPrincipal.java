package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in user of a session after a step of the sign-in is done (password
 * changed, second factor passed); requests with an API token keep no session and are left
 * alone.
 */
@Component
class SessionPrincipal {

	private final SecurityContextRepository contexts;

	SessionPrincipal(SecurityContextRepository contexts) {
		this.contexts = contexts;
	}

	void replace(GongzhiUser user, HttpServletRequest request, HttpServletResponse response) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
