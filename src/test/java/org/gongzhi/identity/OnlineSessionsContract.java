package org.gongzhi.identity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security administrator sees who is signed in and ends a session (强制下线).
 */
abstract class OnlineSessionsContract extends ApplicationTest {

	private static final Pattern LEADER_SESSION = Pattern.compile("data-session=\"([^\"]+)\" data-user=\"leader\"");

	@Test
	void theSecurityAdministratorEndsASessionAndItsUserMustSignInAgain() {
		TestHttp leader = http().loginAs(DemoUser.LEADER);
		assertThat(leader.get("/api/org/units/210105").status()).isEqualTo(200);
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		String page = secadmin.get("/identity/sessions").body();
		assertThat(page).contains("区领导");
		Matcher session = LEADER_SESSION.matcher(page);
		assertThat(session.find()).isTrue();
		TestHttp.Response ended = secadmin.postForm("/identity/sessions/" + session.group(1) + "/end", Map.of());
		assertThat(ended.status()).isEqualTo(302);
		assertThat(secadmin.get("/identity/sessions").body()).contains("该会话已结束");
		assertThat(leader.get("/api/org/units/210105").status()).isEqualTo(401);
	}

	@Test
	void theSessionLimitAndEndingSessionsReadTheSessionTable(@Autowired SessionRegistry registry) {
		assertThat(registry).isInstanceOf(SpringSessionBackedSessionRegistry.class);
	}

	@Test
	void onlyTheSecurityAdministratorSeesTheSessions() {
		assertThat(http().loginAs(DemoUser.ADMIN).get("/identity/sessions").status()).isEqualTo(403);
		assertThat(http().loginAs(DemoUser.AUDITOR).get("/identity/sessions").status()).isEqualTo(403);
	}

	@Test
	void anUnknownSessionIsNotFound() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		assertThat(secadmin.postForm("/identity/sessions/no-such-session/end", Map.of()).status()).isEqualTo(404);
	}

}
