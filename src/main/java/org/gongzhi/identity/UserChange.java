package org.gongzhi.identity;

import java.util.Set;

/**
 * What an administrator sets on an existing account.
 *
 * @param displayName name shown in the UI
 * @param orgCode org unit whose subtree is the user's scope
 * @param departmentCode department of a DEPARTMENT user, else {@code null}
 * @param roles granted roles
 * @param enabled whether the account may sign in
 */
record UserChange(String displayName, String orgCode, String departmentCode, Set<Role> roles, boolean enabled) {

	UserChange {
		roles = Set.copyOf(roles);
		departmentCode = (departmentCode == null || departmentCode.isBlank()) ? null : departmentCode;
		displayName = displayName.strip();
	}

}
