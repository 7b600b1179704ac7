package org.gongzhi.cases;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

	@Bean
	NavItem caseCategoriesNavItem() {
		return new NavItem("nav.cases.categories", CategoryAdminController.PATH, 91, Set.of("ADMIN"));
	}

}
