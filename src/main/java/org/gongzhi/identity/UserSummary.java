package org.gongzhi.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as administrators see it: no password hash, no personal data beyond the
 * display name; the work phone only masked.
 *
 * @param id account id
 * @param username sign-in name
 * @param displayName name shown in the UI
 * @param orgCode org unit of the user's scope
 * @param orgName its name
 * @param departmentCode department of department staff
 * @param roles granted roles
 * @param enabled whether the account may sign in
 * @param locked whether the username is locked after failed sign-ins
 * @param mustChangePassword whether the next sign-in must set a new password
 * @param lastLoginAt last successful sign-in
 * @param position position (职务), or {@code null}
 * @param maskedPhone the work phone masked ({@code 138****1234}), or {@code null}
 */
public record UserSummary(long id, String username, String displayName, String orgCode, String orgName,
		String departmentCode, Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword,
		Instant lastLoginAt, String position, String maskedPhone) {
}
