package org.gongzhi.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration under 三员分立: the system administrator (ADMIN) manages the
 * accounts of the business roles; the security administrator (SECURITY_ADMIN) manages the
 * accounts of the three officers, unlocks accounts and resets passwords; the auditor
 * manages nothing. Nobody holds two officer roles, and every account acted upon must lie
 * in the caller's data scope (else it does not exist for them: 404).
 */
@Service
class UserAdministration {

	/** The three officers of 三员分立. */
	static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);

	static final int LIST_LIMIT = 500;

	private final UserStore store;

	private final UserAccounts accounts;

	private final LoginAttempts attempts;

	private final OrgUnits orgUnits;

	private final Departments departments;

	private final AuditLog audit;

	private final SecondFactor secondFactor;

	private final SignedInSessions sessions;

	private final StaffPhones phones;

	UserAdministration(UserStore store, UserAccounts accounts, LoginAttempts attempts, OrgUnits orgUnits,
			Departments departments, AuditLog audit, SecondFactor secondFactor, SignedInSessions sessions,
			StaffPhones phones) {
		this.phones = phones;
		this.secondFactor = secondFactor;
		this.sessions = sessions;
		this.store = store;
		this.accounts = accounts;
		this.attempts = attempts;
		this.orgUnits = orgUnits;
		this.departments = departments;
		this.audit = audit;
	}

	/** The roles a caller may grant and whose accounts they may manage. */
	static Set<Role> manageableRoles(GongzhiUser caller) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (caller.hasRole(Role.ADMIN)) {
			roles.addAll(EnumSet.complementOf(EnumSet.copyOf(OFFICERS)));
		}
		if (caller.hasRole(Role.SECURITY_ADMIN)) {
			roles.addAll(OFFICERS);
		}
		return roles;
	}

	@Transactional(readOnly = true)
	List<UserSummary> list(GongzhiUser caller, String text) {
		return this.store.list(caller.scope().orgPredicate("org_code"), text, LIST_LIMIT)
			.stream()
			.map(this::summary)
			.toList();
	}

	/** One account in the caller's scope, else a 404 problem. */
	@Transactional(readOnly = true)
	UserSummary get(GongzhiUser caller, long id) {
		return summary(visible(caller, id));
	}

	@Transactional
	UserSummary create(GongzhiUser caller, NewUser user) {
		if (this.store.findByUsername(user.username()).isPresent()) {
			throw new ConflictException("identity.user.username-taken", user.username());
		}
		checkRoles(caller, user.roles());
		checkOrgUnit(caller, user.orgCode());
		checkDepartment(caller, user.roles(), user.departmentCode());
		long id = this.accounts.create(user);
		return summary(this.store.findById(id).orElseThrow());
	}

	@Transactional
	void setEnabled(GongzhiUser caller, long id, boolean enabled) {
		UserStore.Account account = manageable(caller, id);
		if (account.id() == caller.getId()) {
			throw new ConflictException("identity.user.not-yourself");
		}
		enable(account, enabled);
	}

	/**
	 * Changes an account under the rules of its creation: the caller must manage its
	 * current roles and the new ones (so a system administrator neither edits an
	 * officer's account nor makes anyone an officer), the org unit and department must
	 * lie in the caller's scope, and nobody edits their own account. Every change is
	 * audited; a change of roles, scope or department, or disabling, ends the account's
	 * sessions at once, so that no session keeps rights the account no longer has.
	 */
	@Transactional
	UserSummary update(GongzhiUser caller, long id, UserChange change) {
		UserStore.Account account = manageable(caller, id);
		if (account.id() == caller.getId()) {
			throw new ConflictException("identity.user.not-yourself");
		}
		checkRoles(caller, change.roles());
		checkOrgUnit(caller, change.orgCode());
		checkDepartment(caller, change.roles(), change.departmentCode());
		UserAccounts.requireMobile(change.phone());
		Set<Role> roles = this.store.roles(id);
		List<String> changes = new ArrayList<>();
		if (!account.displayName().equals(change.displayName())) {
			// a person's name is personal data: the log says that it changed, not to what
			changes.add("displayName changed");
		}
		boolean orgChanged = note(changes, "org", account.orgCode(), change.orgCode());
		boolean departmentChanged = note(changes, "department", account.departmentCode(), change.departmentCode());
		boolean rolesChanged = note(changes, "roles", sorted(roles), sorted(change.roles()));
		note(changes, "position", account.position(), change.position());
		if (!change.keepsPhone()) {
			changePhone(account, change.phone(), changes);
		}
		if (!changes.isEmpty()) {
			this.store.update(id, change.displayName(), change.orgCode(), change.departmentCode(), change.position());
			if (rolesChanged) {
				this.store.replaceRoles(id, change.roles());
			}
			this.audit.record("USER_UPDATED", account.username(), AuditEntry.Outcome.SUCCESS,
					String.join("; ", changes));
		}
		if (account.enabled() != change.enabled()) {
			enable(account, change.enabled());
		}
		else if (orgChanged || departmentChanged || rolesChanged) {
			this.sessions.endAll(id);
		}
		return summary(this.store.findById(id).orElseThrow());
	}

	/** A phone is personal data: the log says that it changed, never the number. */
	private void changePhone(UserStore.Account account, String phone, List<String> changes) {
		String current = (account.phoneCipher() != null) ? this.phones.open(account.phoneCipher()) : null;
		String wanted = phone.isEmpty() ? null : phone;
		if (!Objects.equals(current, wanted)) {
			this.store.updatePhone(account.id(), (wanted != null) ? this.phones.seal(wanted) : null);
			changes.add((wanted != null) ? "phone changed" : "phone removed");
		}
	}

	private void enable(UserStore.Account account, boolean enabled) {
		this.store.setEnabled(account.id(), enabled);
		if (!enabled) {
			this.sessions.endAll(account.id());
		}
		this.audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", account.username(), AuditEntry.Outcome.SUCCESS,
				null);
	}

	/** Notes {@code "what old → new"} if the value changed; returns whether it did. */
	private static boolean note(List<String> changes, String what, Object before, Object after) {
		if (Objects.equals(before, after)) {
			return false;
		}
		changes.add(what + " " + before + " → " + after);
		return true;
	}

	private static Set<Role> sorted(Set<Role> roles) {
		Set<Role> sorted = EnumSet.noneOf(Role.class);
		sorted.addAll(roles);
		return sorted;
	}

	@Transactional
	void unlock(GongzhiUser caller, long id) {
		requireSecurityAdmin(caller);
		UserStore.Account account = visible(caller, id);
		this.attempts.unlock(account.username());
		this.audit.record("USER_UNLOCKED", account.username(), AuditEntry.Outcome.SUCCESS, null);
	}

	@Transactional
	void resetPassword(GongzhiUser caller, long id, String temporaryPassword) {
		requireSecurityAdmin(caller);
		UserStore.Account account = visible(caller, id);
		if (account.id() == caller.getId()) {
			throw new ConflictException("identity.user.not-yourself");
		}
		this.accounts.resetPassword(account, temporaryPassword);
		this.sessions.endAll(id);
	}

	/**
	 * Removes a user's second factor (a lost phone); they enrol again at the next
	 * sign-in.
	 */
	@Transactional
	void removeSecondFactor(GongzhiUser caller, long id) {
		requireSecurityAdmin(caller);
		UserStore.Account account = visible(caller, id);
		this.secondFactor.remove(account.id(), account.username());
		this.sessions.endAll(id);
	}

	private static void checkRoles(GongzhiUser caller, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new FieldRejectedException("roles", "identity.user.roles-missing");
		}
		if (!manageableRoles(caller).containsAll(roles)) {
			throw new FieldRejectedException("roles", "identity.user.roles-not-yours");
		}
		long officers = roles.stream().filter(OFFICERS::contains).count();
		if (officers > 1 || (officers == 1 && roles.size() > 1)) {
			throw new FieldRejectedException("roles", "identity.user.roles-separated");
		}
	}

	private void checkOrgUnit(GongzhiUser caller, String orgCode) {
		if (this.orgUnits.find(orgCode).isEmpty() || !caller.scope().covers(orgCode)) {
			throw new FieldRejectedException("orgCode", "identity.user.org-outside-scope", orgCode);
		}
	}

	private void checkDepartment(GongzhiUser caller, Set<Role> roles, String departmentCode) {
		boolean staff = roles.contains(Role.DEPARTMENT);
		if (staff && (departmentCode == null || this.departments.find(departmentCode)
			.filter((department) -> caller.scope().covers(department.orgCode()))
			.isEmpty())) {
			throw new FieldRejectedException("departmentCode", "identity.user.department-required");
		}
		if (!staff && departmentCode != null) {
			throw new FieldRejectedException("departmentCode", "identity.user.department-only-for-staff");
		}
	}

	private UserStore.Account visible(GongzhiUser caller, long id) {
		return this.store.findById(id)
			.filter((account) -> caller.scope().covers(account.orgCode()))
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", id));
	}

	/** An account in scope whose roles the caller may all manage. */
	private UserStore.Account manageable(GongzhiUser caller, long id) {
		UserStore.Account account = visible(caller, id);
		if (!manageableRoles(caller).containsAll(this.store.roles(id))) {
			throw new AccessDeniedException("roles of the account are not the caller's to manage");
		}
		return account;
	}

	private static void requireSecurityAdmin(GongzhiUser caller) {
		if (!caller.hasRole(Role.SECURITY_ADMIN)) {
			throw new AccessDeniedException("security administrator only");
		}
	}

	private UserSummary summary(UserStore.Account account) {
		return new UserSummary(account.id(), account.username(), account.displayName(), account.orgCode(),
				(account.orgCode() != null) ? this.orgUnits.nameOf(account.orgCode()) : null, account.departmentCode(),
				this.store.roles(account.id()), account.enabled(), this.attempts.isLocked(account.username()),
				account.mustChangePassword(), account.lastLoginAt(), account.position(),
				this.phones.masked(account.phoneCipher()));
	}

}
