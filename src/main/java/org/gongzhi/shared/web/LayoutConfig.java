package org.gongzhi.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class LayoutConfig implements WebMvcConfigurer {

	private final ObjectProvider<NavItem> navigation;

	LayoutConfig(ObjectProvider<NavItem> navigation) {
		this.navigation = navigation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutInterceptor(this.navigation.orderedStream().toList()))
			.excludePathPatterns("/api/**");
	}

}
