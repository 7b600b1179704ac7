package org.gongzhi.org;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	NavItem divisionImportNavItem() {
		return new NavItem("nav.org.import", "/org/import", 90, Set.of("ADMIN"));
	}

	@Bean
	NavItem orgMapNavItem() {
		return new NavItem("nav.org.map", "/org/map", 20, Set.of("GRID_WORKER", "COMMUNITY_WORKER", "DISPATCHER",
				"DEPARTMENT", "PARTY_SECRETARY", "LEADER", "ADMIN"));
	}

}
