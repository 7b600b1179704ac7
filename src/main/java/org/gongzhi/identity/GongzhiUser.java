package org.gongzhi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.gongzhi.shared.web.UserView;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who they are, their roles and the org unit whose subtree is their
 * scope.
 */
public final class GongzhiUser implements UserDetails, CredentialsContainer, UserView {

	private final long id;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final String orgCode;

	private final String scopeName;

	private final String departmentCode;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean passwordChangeRequired;

	private final SecondFactorState secondFactor;

	GongzhiUser(long id, String username, String passwordHash, String displayName, String orgCode, String scopeName,
			String departmentCode, Set<Role> roles, boolean enabled, boolean passwordChangeRequired,
			SecondFactorState secondFactor) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.orgCode = orgCode;
		this.scopeName = scopeName;
		this.departmentCode = departmentCode;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.passwordChangeRequired = passwordChangeRequired;
		this.secondFactor = secondFactor;
	}

	/** Where the user stands with the second sign-in factor in this session. */
	public enum SecondFactorState {

		/** Not enrolled and not required. */
		NONE,
		/** Enrolled: the code of this sign-in is still to come. */
		PENDING,
		/** Enrolled and the code of this sign-in was right. */
		PASSED,
		/** Required for the user's roles but not enrolled yet. */
		ENROLLMENT_REQUIRED

	}

	/** The same user after they set a new password. */
	GongzhiUser withPasswordChanged() {
		return new GongzhiUser(this.id, this.username, null, this.displayName, this.orgCode, this.scopeName,
				this.departmentCode, this.roles, this.enabled, false, this.secondFactor);
	}

	/** The same user after a right code, or after enrolling. */
	GongzhiUser withSecondFactorPassed() {
		return new GongzhiUser(this.id, this.username, null, this.displayName, this.orgCode, this.scopeName,
				this.departmentCode, this.roles, this.enabled, this.passwordChangeRequired, SecondFactorState.PASSED);
	}

	/** Where this session stands with the second sign-in factor. */
	public SecondFactorState getSecondFactor() {
		return this.secondFactor;
	}

	public long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getOrgCode() {
		return this.orgCode;
	}

	/** Code of the department whose subtree this user serves, for department staff. */
	public String getDepartmentCode() {
		return this.departmentCode;
	}

	/** What this user may see. */
	public DataScope scope() {
		return new DataScope(this.orgCode, this.departmentCode);
	}

	/**
	 * Whether the user must set a new password before doing anything else: an initial or
	 * reset password, or one older than the maximum age.
	 */
	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	@Override
	public String getScopeName() {
		return this.scopeName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	@Override
	public List<String> getRoleKeys() {
		return this.roles.stream().sorted().map(Role::labelKey).toList();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GongzhiUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "GongzhiUser[" + this.username + "]";
	}

}
