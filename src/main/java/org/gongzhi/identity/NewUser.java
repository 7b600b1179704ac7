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
 * @param position position (职务) of a staff member, or {@code null}
 * @param phone work mobile number of a staff member, or {@code null}; stored encrypted
 */
public record NewUser(String username, String rawPassword, String displayName, String orgCode, String departmentCode,
		Set<Role> roles, boolean mustChangePassword, String position, String phone) {

	public NewUser {
		roles = Set.copyOf(roles);
		position = blankToNull(position);
		phone = blankToNull(MobileNumber.normalize(phone));
	}

	/** A user without position and phone (residents, test accounts). */
	public NewUser(String username, String rawPassword, String displayName, String orgCode, String departmentCode,
			Set<Role> roles, boolean mustChangePassword) {
		this(username, rawPassword, displayName, orgCode, departmentCode, roles, mustChangePassword, null, null);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public String toString() {
		return "NewUser[" + this.username + ", " + this.orgCode + ", " + this.roles + "]";
	}

}
