package org.gongzhi.identity;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.gongzhi.shared.problem.ApiPaths;
import org.gongzhi.shared.problem.ProblemWriter;
import org.gongzhi.shared.problem.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages need a signed-in user, except the public ones. API endpoints are guarded by
 * method security on each controller, so that an unknown API path answers 404 and a known
 * one 401/403, all as problem+json; {@code ApiSecurityCoverageTest} checks that no API
 * handler is left unguarded. API clients authenticate with a session or a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

	private static final String[] PUBLIC_PAGES = { "/", "/login", "/login/phone", "/login/phone/code", "/error",
			"/report/around", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/health/**",
			"/actuator/info", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, ProblemWriter writer,
			SecurityContextRepository contexts, AuditLog audit, ApiTokens tokens, UserStore users,
			GongzhiUserDetailsService details, PasswordEncoder passwordEncoder, LoginAttempts attempts,
			SecurityProperties properties, SecurityPolicies policies, Clock clock, LocaleResolver locales,
			SessionRegistry sessions) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager signIn = new ProviderManager(
				new LockoutAuthenticationProvider(passwords, attempts, users, audit, clock));
		// built here rather than as beans, so they run in this chain only and not as
		// servlet filters of their own
		BearerTokenFilter bearer = new BearerTokenFilter(tokens, problems, writer, locales);
		SessionPolicyFilter sessionPolicy = new SessionPolicyFilter(clock, () -> policies.current().idleTimeout(),
				audit, problems, writer, locales);
		RequestMatcher api = (request) -> ApiPaths.isApi(path(request));
		http.authorizeHttpRequests((authorize) -> authorize.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(api)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationManager(signIn)
			.securityContext((context) -> context.securityContextRepository(contexts))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(sessionPolicy.startingIdleClock(new SavedRequestAwareAuthenticationSuccessHandler()))
				.failureHandler(loginFailures())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout")
				.addLogoutHandler(auditedLogout(audit))
				.permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				// asked at each sign-in: the security administrator may change it any
				// time
				.sessionConcurrency((concurrency) -> concurrency
					.maximumSessions((authentication) -> policies.current().maxSessionsPerUser())
					.sessionRegistry(sessions)
					.expiredSessionStrategy(sessionPolicy.replacedSessions())))
			// after session management, so that a token request never starts a session
			.addFilterAfter(bearer, SessionManagementFilter.class)
			.addFilterAfter(sessionPolicy, AnonymousAuthenticationFilter.class)
			.addFilterBefore(new SignInRateLimit(properties.signInsPerMinutePerAddress(), clock),
					UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(problem(HttpStatus.UNAUTHORIZED, problems, writer, locales), api)
				.defaultAccessDeniedHandlerFor(denied(problems, writer, locales), api)
				// with a single default Spring Security would use the API's handler for
				// pages too
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			// API clients that send credentials in a header are not exposed to cross-site
			// requests; nor is Open311, whose POST acts only as the user of its api_key
			// parameter, never as the session's
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null,
					(request) -> path(request).startsWith("/open311/")))
			.headers(SecurityConfig::securityHeaders);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The signed-in sessions of each account, to limit how many it holds at once and to
	 * end them: read from the session table, so it holds for every node.
	 */
	@Bean
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		// a command-line run (division import) has no web sessions to track
		return (repository != null) ? backedBy(repository) : new SessionRegistryImpl();
	}

	private static <S extends Session> SessionRegistry backedBy(FindByIndexNameSessionRepository<S> repository) {
		return new SpringSessionBackedSessionRegistry<>(repository);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/** A locked username is told so; every other failure gets the same answer. */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		return failures;
	}

	private static LogoutHandler auditedLogout(AuditLog audit) {
		return (request, response, auth) -> {
			if (auth != null && auth.getPrincipal() instanceof GongzhiUser user) {
				audit.record(user.getUsername(), "LOGOUT", user.getUsername(), AuditEntry.Outcome.SUCCESS, null);
			}
		};
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
						+ "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

	/**
	 * Problems written by filters speak the language the pages would (cookie, then
	 * header).
	 */
	private static AuthenticationEntryPoint problem(HttpStatus status, Problems problems, ProblemWriter writer,
			LocaleResolver locales) {
		return (request, response, ex) -> writer.write(response,
				problems.forStatus(status, locales.resolveLocale(request)));
	}

	private static AccessDeniedHandler denied(Problems problems, ProblemWriter writer, LocaleResolver locales) {
		return (request, response, ex) -> writer.write(response,
				problems.forStatus(HttpStatus.FORBIDDEN, locales.resolveLocale(request)));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
