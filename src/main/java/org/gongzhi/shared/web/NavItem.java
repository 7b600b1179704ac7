package org.gongzhi.shared.web;

import java.util.Set;

/**
 * One entry of the main navigation, contributed by a module as a bean. It is shown only
 * to users holding one of {@code roles} (role names without the {@code ROLE_} prefix);
 * empty means everyone.
 *
 * @param labelKey message key of the label
 * @param path where it leads
 * @param order position, lower first
 * @param roles who may see it
 */
public record NavItem(String labelKey, String path, int order, Set<String> roles) {

	public NavItem {
		roles = Set.copyOf(roles);
	}

	public boolean visibleTo(Set<String> userRoles) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(userRoles::contains);
	}

}
