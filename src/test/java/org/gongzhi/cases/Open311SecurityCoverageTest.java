package org.gongzhi.cases;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Like {@code ApiSecurityCoverageTest} for {@code /api}: every Open311 handler says who
 * may call it. They all say anyone: reading is public, and a report is authorised by its
 * api_key, which the Open311 contracts check (invalid or missing key, a session without
 * key, a user who may not report).
 */
class Open311SecurityCoverageTest extends ApplicationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyOpen311HandlerDeclaresWhoMayCallIt() {
		List<HandlerMethod> handlers = this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey()
				.getPatternValues()
				.stream()
				.anyMatch((path) -> path.startsWith("/open311")))
			.map((entry) -> entry.getValue())
			.toList();
		assertThat(handlers).hasSize(6);
		assertThat(handlers).allSatisfy((handler) -> assertThat(
				AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class))
			.as(handler.toString())
			.extracting(PreAuthorize::value)
			.isEqualTo("permitAll()"));
	}

}
