package org.gongzhi.registry;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's entry of the main navigation. Its desk pages (buildings and houses, key
 * places, organizations, overdue visits, import, coverage) link each other through the
 * registry's own navigation ({@code registry/nav}), so that the main bar stays one line.
 */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

	@Bean
	NavItem registryNavItem() {
		return new NavItem("nav.registry", RegistryPages.PATH, 30, Set.of("GRID_WORKER", "COMMUNITY_WORKER"));
	}

}
