package org.gongzhi.identity;

import java.util.Set;

/**
 * A user to create.
 *
 * @param username sign-in name
 * @param rawPassword initial password, hashed before it is stored
 * @param displayName name shown in the UI
 * @param orgCode org unit whose subtree is the user's scope
 * @param departmentCode department of a DEPARTMENT user, else {@code null}
 * @param roles granted roles
 * @param mustChangePassword whether the first sign-in must set a new password
 */
public record NewUser(String username, String rawPassword, String displayName, String orgCode, String departmentCode,
		Set<Role> roles, boolean mustChangePassword) {

	public NewUser {
		roles = Set.copyOf(roles);
	}

	@Override
	public String toString() {
		return "NewUser[" + this.username + ", " + this.orgCode + ", " + this.roles + "]";
	}

}
