package org.gongzhi.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.shared.problem.ApiPaths;
import org.gongzhi.shared.problem.ProblemWriter;
import org.gongzhi.shared.problem.Problems;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages need a signed-in user, except the public ones. API endpoints are guarded by
 * method security on each controller, so that an unknown API path answers 404 and a known
 * one 401/403, all as problem+json; {@code ApiSecurityCoverageTest} checks that no API
 * handler is left unguarded.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	private static final String[] PUBLIC_PAGES = { "/", "/login", "/error", "/css/**", "/js/**", "/img/**",
			"/webjars/**", "/favicon.ico", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, ProblemWriter writer,
			LocaleResolver locales) {
		RequestMatcher api = (request) -> ApiPaths.isApi(path(request));
		http.authorizeHttpRequests((authorize) -> authorize.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(api)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(problem(HttpStatus.UNAUTHORIZED, problems, writer, locales), api)
				.defaultAccessDeniedHandlerFor(problem(HttpStatus.FORBIDDEN, problems, writer, locales), api)
				// with a single default Spring Security would use the API's handler for
				// pages too
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			// API clients that send credentials in a header are not exposed to cross-site
			// requests
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
						+ "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Answers in the caller's language: the locale resolver is not yet applied inside the
	 * filters.
	 */
	private static ProblemHandler problem(HttpStatus status, Problems problems, ProblemWriter writer,
			LocaleResolver locales) {
		return (request, response) -> writer.write(response,
				problems.forStatus(status, locales.resolveLocale(request)));
	}

	/** Writes a problem for a failed authentication or a denied access alike. */
	@FunctionalInterface
	private interface ProblemHandler extends AuthenticationEntryPoint, AccessDeniedHandler {

		void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

		@Override
		default void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
				throws IOException {
			handle(request, response);
		}

		@Override
		default void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
				throws IOException {
			handle(request, response);
		}

	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
