package org.gongzhi.cases;

import java.util.Set;

import org.gongzhi.identity.Role;

/**
 * Someone who acted in a past case (see {@link CaseBackfill}): an existing account with
 * the roles and scope it had then.
 *
 * @param userId the account
 * @param name display name, kept on the timeline
 * @param roles its roles
 * @param orgCode org unit at the top of its scope
 * @param departmentCode department of department staff, else {@code null}
 */
public record PastActor(long userId, String name, Set<Role> roles, String orgCode, String departmentCode) {

	public PastActor {
		roles = Set.copyOf(roles);
	}

	Actor actor() {
		return new Actor(this.userId, this.name, this.roles, this.orgCode, this.departmentCode);
	}

}
