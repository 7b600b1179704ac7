package org.gongzhi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.shared.problem.ProblemWriter;
import org.gongzhi.shared.problem.Problems;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The steps a signed-in user may still owe, in the order they are asked for: the code of
 * the second factor, enrolling one when the role requires it, a new password.
 */
class SessionPolicyFilterTest {

	private final SessionPolicyFilter filter = new SessionPolicyFilter(
			Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC), () -> Duration.ofMinutes(30),
			mock(AuditLog.class), new Problems(messages()), new ProblemWriter(JsonMapper.builder().build()),
			new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anOfficerWithoutAnAuthenticatorIsSentToEnrolAndMayDoNothingElse() throws Exception {
		signIn(GongzhiUser.SecondFactorState.ENROLLMENT_REQUIRED, false);
		assertThat(run("/").getRedirectedUrl()).isEqualTo("/account/second-factor");
		assertThat(run("/identity/users").getRedirectedUrl()).isEqualTo("/account/second-factor");
		MockHttpServletResponse api = run("/api/identity/users");
		assertThat(api.getStatus()).isEqualTo(403);
		assertThat(api.getContentAsString()).contains("/second-factor-enrollment-required").contains("请先绑定身份验证器应用");
		assertThat(passes("/account/second-factor")).isTrue();
		assertThat(passes("/api/identity/me/second-factor/confirmation")).isTrue();
		assertThat(passes("/css/gongzhi.css")).isTrue();
		assertThat(passes("/api/identity/me/password")).as("not before the second factor").isFalse();
	}

	@Test
	void aCodeOwedComesBeforeAPasswordChange() throws Exception {
		signIn(GongzhiUser.SecondFactorState.PENDING, true);
		assertThat(run("/").getRedirectedUrl()).isEqualTo("/login/second-factor");
		assertThat(passes("/api/identity/me/second-factor/verification")).isTrue();
		assertThat(passes("/api/identity/me")).isFalse();
		assertThat(passes("/account/second-factor")).isFalse();
	}

	@Test
	void afterTheSecondFactorAnOwedPasswordChangeIsNext() throws Exception {
		signIn(GongzhiUser.SecondFactorState.PASSED, true);
		assertThat(run("/").getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(passes("/api/identity/me/password")).isTrue();
		signIn(GongzhiUser.SecondFactorState.PASSED, false);
		assertThat(passes("/identity/users")).isTrue();
	}

	private void signIn(GongzhiUser.SecondFactorState secondFactor, boolean passwordChangeRequired) {
		GongzhiUser user = new GongzhiUser(1, "officer", null, "安全管理员", "210105", "皇姑区", null,
				Set.of(Role.SECURITY_ADMIN), true, passwordChangeRequired, secondFactor);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private MockHttpServletResponse run(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.getSession(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private boolean passes(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.getSession(true);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		return chain.getRequest() != null;
	}

}
