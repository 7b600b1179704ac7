package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Changes the signed-in user's password and lifts the "must change" state from their
 * session, for the page and the API alike.
 */
@Component
class PasswordChange {

	private final UserAccounts accounts;

	private final SessionPrincipal session;

	PasswordChange(UserAccounts accounts, SessionPrincipal session) {
		this.accounts = accounts;
		this.session = session;
	}

	void change(GongzhiUser user, String currentPassword, String newPassword, HttpServletRequest request,
			HttpServletResponse response) {
		this.accounts.changePassword(user.getId(), currentPassword, newPassword);
		this.session.replace(user.withPasswordChanged(), request, response);
	}

}
