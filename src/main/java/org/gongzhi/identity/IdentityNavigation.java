package org.gongzhi.identity;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavItem usersNavItem() {
		return new NavItem("nav.identity.users", "/identity/users", 900, Set.of("ADMIN", "SECURITY_ADMIN"));
	}

	@Bean
	NavItem staffNavItem() {
		return new NavItem("nav.identity.staff", StaffDirectoryController.PATH, 880,
				Set.of("LEADER", "DISPATCHER", "COMMUNITY_WORKER", "PARTY_SECRETARY", "GRID_WORKER", "DEPARTMENT"));
	}

	@Bean
	NavItem tokensNavItem() {
		return new NavItem("nav.identity.tokens", "/identity/tokens", 905, Set.of("SECURITY_ADMIN"));
	}

	@Bean
	NavItem sessionsNavItem() {
		return new NavItem("nav.identity.sessions", "/identity/sessions", 906, Set.of("SECURITY_ADMIN"));
	}

	@Bean
	NavItem policyNavItem() {
		return new NavItem("nav.identity.policy", SecurityPolicyController.PATH, 907, Set.of("SECURITY_ADMIN"));
	}

	@Bean
	NavItem auditNavItem() {
		return new NavItem("nav.identity.audit", "/identity/audit", 910, Set.of("AUDITOR"));
	}

	@Bean
	NavItem secondFactorNavItem() {
		return new NavItem("nav.identity.second-factor", SessionPolicyFilter.ENROLL_PAGE, 995, Set.of());
	}

	@Bean
	NavItem passwordNavItem() {
		return new NavItem("nav.identity.password", SessionPolicyFilter.CHANGE_PASSWORD_PAGE, 990, Set.of());
	}

}
