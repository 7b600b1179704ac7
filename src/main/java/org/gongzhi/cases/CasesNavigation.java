package org.gongzhi.cases;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

	@Bean
	NavItem reportNavItem() {
		return new NavItem("nav.cases.report", ResidentPagesController.REPORT, 20, Set.of("RESIDENT"));
	}

	@Bean
	NavItem myReportsNavItem() {
		return new NavItem("nav.cases.mine", ResidentPagesController.MINE, 21, Set.of("RESIDENT"));
	}

	@Bean
	NavItem aroundNavItem() {
		return new NavItem("nav.cases.around", PublicCasesController.PATH, 22, Set.of("RESIDENT"));
	}

	@Bean
	NavItem gridWorkerNavItem() {
		return new NavItem("nav.cases.grid", GridWorkerPagesController.HOME + "/", 20, Set.of("GRID_WORKER"));
	}

	@Bean
	NavItem caseCategoriesNavItem() {
		return new NavItem("nav.cases.categories", CategoryAdminController.PATH, 91, Set.of("ADMIN"));
	}

	@Bean
	NavItem dispatcherDeskNavItem() {
		return new NavItem("nav.cases.desk", DeskController.DESK, 10, Set.of("DISPATCHER"));
	}

	@Bean
	NavItem unitDeskNavItem() {
		return new NavItem("nav.cases.unit-desk", DeskController.UNIT_DESK, 11, Set.of("DEPARTMENT"));
	}

	@Bean
	NavItem communityDeskNavItem() {
		return new NavItem("nav.cases.community-desk", DeskController.COMMUNITY_DESK, 12, Set.of("COMMUNITY_WORKER"));
	}

	@Bean
	NavItem caseListNavItem() {
		return new NavItem("nav.cases.list", CaseListController.PATH, 13,
				Set.of("GRID_WORKER", "COMMUNITY_WORKER", "DISPATCHER", "DEPARTMENT", "LEADER"));
	}

}
