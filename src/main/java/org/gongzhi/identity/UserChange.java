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
 * @param position position (职务), or {@code null} for none
 * @param phone a new work mobile number, {@code ""} to remove it, or {@code null} to keep
 * the stored one (which administrators never see in full)
 */
record UserChange(String displayName, String orgCode, String departmentCode, Set<Role> roles, boolean enabled,
		String position, String phone) {

	UserChange {
		roles = Set.copyOf(roles);
		departmentCode = (departmentCode == null || departmentCode.isBlank()) ? null : departmentCode;
		displayName = displayName.strip();
		position = NewUser.blankToNull(position);
		phone = (phone == null) ? null : MobileNumber.normalize(phone);
	}

	boolean keepsPhone() {
		return this.phone == null;
	}

}
