package org.gongzhi.dashboard;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

	@Bean
	NavItem homeNavItem() {
		return new NavItem("nav.home", "/", 0, Set.of());
	}

	@Bean
	NavItem dashboardNavItem() {
		return new NavItem("nav.dashboard", "/dashboard", 5,
				Set.of("LEADER", "DISPATCHER", "COMMUNITY_WORKER", "PARTY_SECRETARY"));
	}

}
