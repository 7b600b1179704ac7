package org.gongzhi.calendar;

import java.util.Set;

import org.gongzhi.shared.web.NavItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfig {

	@Bean
	NavItem calendarNavItem() {
		return new NavItem("nav.calendar", CalendarAdminController.PATH, 92, Set.of("ADMIN"));
	}

}
