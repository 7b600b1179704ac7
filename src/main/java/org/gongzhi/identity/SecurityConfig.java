package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.gongzhi.shared.problem.ApiPaths;
import org.gongzhi.shared.problem.ProblemWriter;
import org.gongzhi.shared.problem.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
	SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, ProblemWriter writer) {
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
				.defaultAuthenticationEntryPointFor(problem(HttpStatus.UNAUTHORIZED, problems, writer), api)
				.defaultAccessDeniedHandlerFor(denied(problems, writer), api))
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

	private static AuthenticationEntryPoint problem(HttpStatus status, Problems problems, ProblemWriter writer) {
		return (request, response, ex) -> writer.write(response,
				problems.forStatus(status, LocaleContextHolder.getLocale()));
	}

	private static AccessDeniedHandler denied(Problems problems, ProblemWriter writer) {
		return (request, response, ex) -> writer.write(response,
				problems.forStatus(HttpStatus.FORBIDDEN, LocaleContextHolder.getLocale()));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
