package org.gongzhi.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
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
 * <p>
 * Caching: a WebJar under its version never changes, so browsers keep it a year without
 * asking (ECharts alone is 1 MB a page would otherwise fetch again on every visit). Our
 * own files keep their names across releases (the grid worker app's service worker lists
 * them by name), so browsers ask each time and get 304 Not Modified while unchanged.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "js", "img" };

	private static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.noCache())
				.resourceChain(true);
		}
		// with webjars-locator-lite on the class path, the chain resolves versionless
		// paths; pages link them with the version, which the more specific pattern keeps
		registry.addResourceHandler("/webjars/{webjar}/{version:[0-9][0-9A-Za-z.+_-]*}/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true);
	}

}
