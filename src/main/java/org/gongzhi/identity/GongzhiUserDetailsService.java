package org.gongzhi.identity;

import java.time.Clock;
import java.util.Set;

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

	private final SecondFactor secondFactor;

	private final SecurityPolicies policies;

	GongzhiUserDetailsService(UserStore store, OrgUnits orgUnits, Departments departments, PasswordPolicy policy,
			Clock clock, SecondFactor secondFactor, SecurityPolicies policies) {
		this.store = store;
		this.orgUnits = orgUnits;
		this.departments = departments;
		this.policy = policy;
		this.clock = clock;
		this.secondFactor = secondFactor;
		this.policies = policies;
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
		Set<Role> roles = this.store.roles(account.id());
		return new GongzhiUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
				account.orgCode(), scopeName(account), account.departmentCode(), roles, account.enabled(),
				changeRequired, secondFactorState(this.secondFactor.enrolled(account.id()), roles,
						this.policies.current().secondFactorRoles()));
	}

	/**
	 * At sign-in: enrolled users owe a code, users of the listed roles must enrol first.
	 */
	static GongzhiUser.SecondFactorState secondFactorState(boolean enrolled, Set<Role> roles, Set<Role> required) {
		if (enrolled) {
			return GongzhiUser.SecondFactorState.PENDING;
		}
		return roles.stream().anyMatch(required::contains) ? GongzhiUser.SecondFactorState.ENROLLMENT_REQUIRED
				: GongzhiUser.SecondFactorState.NONE;
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
