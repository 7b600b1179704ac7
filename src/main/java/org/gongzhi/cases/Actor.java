package org.gongzhi.cases;

import java.util.Arrays;
import java.util.Set;

import org.gongzhi.identity.DataScope;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;

/**
 * Who acts on a case: a signed-in user (or the user of an API token) with their roles and
 * scope.
 *
 * @param userId the user
 * @param name display name, kept on the timeline
 * @param roles granted roles
 * @param orgCode org unit at the top of the user's scope
 * @param departmentCode department of department staff, else {@code null}
 */
record Actor(long userId, String name, Set<Role> roles, String orgCode, String departmentCode) {

	/** Roles that see the cases located in their org subtree. */
	static final Set<Role> ORG_ROLES = Set.of(Role.GRID_WORKER, Role.COMMUNITY_WORKER, Role.DISPATCHER, Role.LEADER);

	Actor {
		roles = Set.copyOf(roles);
	}

	static Actor of(GongzhiUser user) {
		return new Actor(user.getId(), user.getDisplayName(), user.getRoles(), user.getOrgCode(),
				user.getDepartmentCode());
	}

	boolean has(Role role) {
		return this.roles.contains(role);
	}

	boolean hasAny(Role... any) {
		return Arrays.stream(any).anyMatch(this.roles::contains);
	}

	boolean isStaff() {
		return this.roles.stream().anyMatch((role) -> role != Role.RESIDENT);
	}

	DataScope scope() {
		return new DataScope(this.orgCode, this.departmentCode);
	}

	/** Whether the org unit lies in this user's org subtree and they hold an org role. */
	boolean seesOrg(String code) {
		return this.roles.stream().anyMatch(ORG_ROLES::contains) && scope().covers(code);
	}

	/**
	 * Whether this user works for a handling unit: department staff for their department
	 * and the departments below it; the community, street or grid staff for their own
	 * unit.
	 */
	boolean actsFor(String unitCode) {
		if (unitCode == null) {
			return false;
		}
		if (Units.isDepartment(unitCode)) {
			return has(Role.DEPARTMENT) && scope().coversDepartment(unitCode);
		}
		return hasAny(Role.COMMUNITY_WORKER, Role.GRID_WORKER, Role.DISPATCHER) && unitCode.equals(this.orgCode);
	}

}
