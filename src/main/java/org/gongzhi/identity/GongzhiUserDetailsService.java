package org.gongzhi.identity;

import org.gongzhi.org.OrgUnits;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GongzhiUserDetailsService implements UserDetailsService {

	private final UserStore store;

	private final OrgUnits orgUnits;

	GongzhiUserDetailsService(UserStore store, OrgUnits orgUnits) {
		this.store = store;
		this.orgUnits = orgUnits;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserStore.Account account = this.store.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String scopeName = (account.orgCode() != null) ? this.orgUnits.nameOf(account.orgCode()) : "";
		return new GongzhiUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
				account.orgCode(), scopeName, this.store.roles(account.id()), account.enabled());
	}

}
