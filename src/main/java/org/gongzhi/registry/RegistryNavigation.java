package org.gongzhi.registry;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

	@Bean
	NavItem registryNavItem() {
		return new NavItem("nav.registry", RegistryPages.PATH, 30, Set.of("GRID_WORKER", "COMMUNITY_WORKER"));
	}

}
