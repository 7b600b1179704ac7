package org.gongzhi.identity;

import java.util.Optional;

import org.gongzhi.shared.scope.ScopeGuard;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of the current request and their {@link DataScope}. Every query of data that
 * belongs to a place filters by it; every read of one object checks it with
 * {@link DataScope#requireVisible(String)}.
 */
@Component
public class CurrentScope implements ScopeGuard {

	/** The signed-in user of this request, if any. */
	public Optional<GongzhiUser> user() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getPrincipal() instanceof GongzhiUser user) ? Optional.of(user) : Optional.empty();
	}

	/** The data scope of the caller; nothing for an anonymous caller. */
	public DataScope get() {
		return user().map(GongzhiUser::scope).orElseGet(DataScope::none);
	}

	@Override
	public boolean isVisible(String orgCode) {
		return get().covers(orgCode);
	}

}
