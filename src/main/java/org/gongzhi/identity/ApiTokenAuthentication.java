package org.gongzhi.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token: it acts as the token's user, for this request
 * only.
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final GongzhiUser user;

	ApiTokenAuthentication(GongzhiUser user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public GongzhiUser getPrincipal() {
		return this.user;
	}

}
