package org.gongzhi.identity;

import java.time.Clock;

import org.gongzhi.org.OrgUnits;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GongzhiUserDetailsService implements UserDetailsService {

	private final UserStore store;

	private final OrgUnits orgUnits;

	private final Departments departments;

	private final PasswordPolicy policy;

	private final Clock clock;

	GongzhiUserDetailsService(UserStore store, OrgUnits orgUnits, Departments departments, PasswordPolicy policy,
			Clock clock) {
		this.store = store;
		this.orgUnits = orgUnits;
		this.departments = departments;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public GongzhiUser loadUserByUsername(String username) {
		return this.store.findByUsername(username)
			.map(this::toUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@Transactional(readOnly = true)
	GongzhiUser toUser(UserStore.Account account) {
		boolean changeRequired = account.mustChangePassword()
				|| this.policy.expired(account.passwordChangedAt(), this.clock.instant());
		return new GongzhiUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
				account.orgCode(), scopeName(account), account.departmentCode(), this.store.roles(account.id()),
				account.enabled(), changeRequired);
	}

	/**
	 * A department's staff see their department's name; everyone else their org unit's.
	 */
	private String scopeName(UserStore.Account account) {
		if (account.departmentCode() != null) {
			return this.departments.find(account.departmentCode()).map(Department::name).orElse("");
		}
		return (account.orgCode() != null) ? this.orgUnits.nameOf(account.orgCode()) : "";
	}

}
