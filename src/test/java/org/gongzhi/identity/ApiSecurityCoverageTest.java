package org.gongzhi.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API paths pass the URL filter so unknown ones can answer 404; this makes sure every
 * real API handler of ours is guarded by method security instead.
 */
class ApiSecurityCoverageTest extends ApplicationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyApiHandlerDeclaresWhoMayCallIt() {
		Map<RequestMappingInfo, HandlerMethod> handlers = this.mappings.getHandlerMethods();
		List<String> apiHandlers = handlers.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getBeanType().getPackageName().startsWith("org.gongzhi"))
			.filter((entry) -> entry.getKey().getPatternValues().stream().anyMatch((path) -> path.startsWith("/api")))
			.map((entry) -> entry.getValue().toString())
			.toList();
		List<String> unguarded = handlers.values()
			.stream()
			.filter((handler) -> apiHandlers.contains(handler.toString()))
			.filter((handler) -> !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class))
			.map(HandlerMethod::toString)
			.toList();
		assertThat(apiHandlers).isNotEmpty();
		assertThat(unguarded).isEmpty();
	}

}
