package org.gongzhi.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通讯录: the staff of the caller's scope with their positions and masked work phones, so
 * that a dispatcher can reach the grid worker of a place. The full number is personal
 * data: only the working roles see it, one number at a time, with a stated reason that
 * goes into the audit log. The three officers manage accounts and audit but read no
 * personal data (三员分立), so they are not among those roles.
 */
@Service
class StaffDirectory {

	/** Roles that may open a colleague's full number. */
	static final Set<Role> READERS = EnumSet.of(Role.LEADER, Role.DISPATCHER, Role.COMMUNITY_WORKER,
			Role.PARTY_SECRETARY, Role.GRID_WORKER, Role.DEPARTMENT);

	static final int LIST_LIMIT = 200;

	private static final int MAX_REASON = 200;

	private final UserStore store;

	private final StaffPhones phones;

	private final OrgUnits orgUnits;

	private final AuditLog audit;

	StaffDirectory(UserStore store, StaffPhones phones, OrgUnits orgUnits, AuditLog audit) {
		this.store = store;
		this.phones = phones;
		this.orgUnits = orgUnits;
		this.audit = audit;
	}

	/**
	 * A colleague as the directory shows them.
	 *
	 * @param id account id
	 * @param displayName name
	 * @param position position (职务), or {@code null}
	 * @param orgCode org unit
	 * @param orgName its name
	 * @param departmentCode department of department staff
	 * @param roles roles
	 * @param maskedPhone work phone masked, or {@code null} without one
	 */
	record StaffContact(long id, String displayName, String position, String orgCode, String orgName,
			String departmentCode, Set<Role> roles, String maskedPhone) {
	}

	/**
	 * The staff (everyone but residents) of the caller's scope, optionally matching a
	 * text.
	 */
	@Transactional(readOnly = true)
	List<StaffContact> list(GongzhiUser caller, String text) {
		requireReader(caller);
		List<UserStore.Account> accounts = this.store.listStaff(caller.scope().orgPredicate("org_code"), text,
				LIST_LIMIT);
		Map<Long, Set<Role>> roles = this.store.rolesOf(accounts.stream().map(UserStore.Account::id).toList());
		return accounts.stream()
			.map((account) -> new StaffContact(account.id(), account.displayName(), account.position(),
					account.orgCode(), (account.orgCode() != null) ? this.orgUnits.nameOf(account.orgCode()) : null,
					account.departmentCode(), roles.getOrDefault(account.id(), Set.of()),
					this.phones.masked(account.phoneCipher())))
			.toList();
	}

	/** A colleague's masked work phone, or {@code null}; 404 outside the scope. */
	@Transactional(readOnly = true)
	String maskedPhone(GongzhiUser caller, long id) {
		requireReader(caller);
		return this.phones.masked(colleague(caller, id).phoneCipher());
	}

	/**
	 * The full work phone of a colleague in the caller's scope, for a stated reason; the
	 * view is audited before the number is returned. A colleague outside the scope, a
	 * resident or one without a phone is a 404.
	 */
	@Transactional
	String revealPhone(GongzhiUser caller, long id, String reason) {
		requireReader(caller);
		String why = (reason != null) ? reason.strip() : "";
		if (why.length() < 2) {
			throw new FieldRejectedException("reason", "identity.staff.reason-required");
		}
		if (why.length() > MAX_REASON) {
			throw new FieldRejectedException("reason", "identity.staff.reason-too-long", MAX_REASON);
		}
		UserStore.Account account = colleague(caller, id);
		if (account.phoneCipher() == null) {
			throw new NotFoundException("identity.staff.no-phone", account.displayName());
		}
		this.audit.record("PERSONAL_DATA_VIEWED", "user:" + account.username(), AuditEntry.Outcome.SUCCESS,
				"staff phone; reason: " + why);
		return this.phones.open(account.phoneCipher());
	}

	private UserStore.Account colleague(GongzhiUser caller, long id) {
		return this.store.findById(id)
			.filter((found) -> found.orgCode() != null && caller.scope().covers(found.orgCode()))
			.filter((found) -> !this.store.roles(found.id()).equals(Set.of(Role.RESIDENT)))
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", id));
	}

	static boolean mayRead(GongzhiUser caller) {
		return READERS.stream().anyMatch(caller::hasRole);
	}

	private static void requireReader(GongzhiUser caller) {
		if (!mayRead(caller)) {
			throw new AccessDeniedException("staff directory is for the working roles");
		}
	}

}
