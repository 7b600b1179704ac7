package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Changes the signed-in user's password and lifts the "must change" state from their
 * session, for the page and the API alike.
 */
@Component
class PasswordChange {

	private final UserAccounts accounts;

	private final SecurityContextRepository contexts;

	PasswordChange(UserAccounts accounts, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
	}

	void change(GongzhiUser user, String currentPassword, String newPassword, HttpServletRequest request,
			HttpServletResponse response) {
		this.accounts.changePassword(user.getId(), currentPassword, newPassword);
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			return;
		}
		GongzhiUser changed = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
