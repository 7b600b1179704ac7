package org.gongzhi.registry;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.DataScope;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who works on the registry: the caller, their data scope, and whether they may see full
 * values. Roles are checked on each endpoint; the scope on every query and object here.
 */
@Component
class RegistryAccess {

	/** Who keeps the registry: grid and community workers of their scope. */
	static final String WORKERS = "hasAnyRole('GRID_WORKER', 'COMMUNITY_WORKER')";

	private final CurrentScope scope;

	private final ProtectionProperties properties;

	RegistryAccess(CurrentScope scope, ProtectionProperties properties) {
		this.scope = scope;
		this.properties = properties;
	}

	DataScope scope() {
		return this.scope.get();
	}

	GongzhiUser user() {
		return this.scope.user().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	/** 404 unless the row's org code lies in the caller's scope. */
	void requireVisible(String orgCode) {
		scope().requireVisible(orgCode);
	}

	/** Whether the caller keeps the registry (grid or community worker). */
	boolean isWorker() {
		return this.scope.user()
			.map((user) -> user.hasRole(Role.GRID_WORKER) || user.hasRole(Role.COMMUNITY_WORKER))
			.orElse(false);
	}

	/**
	 * Whether the caller holds a role that may see full values ({@code full-view-roles},
	 * by default grid and community workers, never the administrator unless configured).
	 */
	boolean mayViewFull() {
		return this.scope.user()
			.map((user) -> user.getRoles().stream().anyMatch(this.properties.fullViewRoles()::contains))
			.orElse(false);
	}

}
