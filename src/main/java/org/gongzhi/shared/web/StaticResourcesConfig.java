package org.gongzhi.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files at their own paths only ({@code spring.web.resources.add-mappings} is
 * off): {@code /css}, {@code /js} and {@code /img} from {@code static/}, and the WebJars,
 * whose links name no version and are given one. Spring Boot's catch-all {@code /**}
 * mapping would make every link a page renders ({@code th:href}, versioned through the
 * resource chain) a search of every static location on the class path, on every request
 * and uncached when nothing is found: in the packaged jar a search through each of its
 * libraries, most of a page's time. A new folder under {@code static/} is added here.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "js", "img" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		// with webjars-locator-lite on the class path, the chain resolves versionless
		// paths
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}
