package org.gongzhi.identity;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in and session rules of 等保 level 3 on H2 and PostgreSQL: lockout after failed
 * sign-ins, idle timeout, forced and periodic password change, API tokens.
 */
abstract class AccountSecurityContract extends ApplicationTest {

	static final String PASSWORD = "Anquan#2026";

	static final String COMMUNITY = "210105001002";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private UserAccounts accounts;

	/**
	 * A fresh community worker, so that no test depends on another's lock or password.
	 */
	private String newUser(boolean mustChangePassword) {
		String username = "acct" + getClass().getSimpleName().length() + "-" + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100000;
		this.accounts.createIfAbsent(new NewUser(username, PASSWORD, "测试用户", COMMUNITY, null,
				Set.of(Role.COMMUNITY_WORKER), mustChangePassword));
		return username;
	}

	@Test
	void fiveFailedSignInsLockTheAccountEvenAgainstTheRightPassword() {
		String username = newUser(false);
		for (int i = 0; i < 5; i++) {
			assertThat(http().login(username, "Wrong#Password1").header("Location")).endsWith("/login?error");
		}
		assertThat(http().login(username, PASSWORD).header("Location")).endsWith("/login?locked");
		assertThat(http().get("/login?locked").body()).contains("登录失败次数过多");
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'ACCOUNT_LOCKED' and target = ?")
			.param(username)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void fourFailedSignInsDoNotLockAndASuccessForgetsThem() {
		String username = newUser(false);
		for (int i = 0; i < 4; i++) {
			http().login(username, "Wrong#Password1");
		}
		http().loginAs(username, PASSWORD);
		for (int i = 0; i < 4; i++) {
			http().login(username, "Wrong#Password1");
		}
		http().loginAs(username, PASSWORD);
	}

	@Test
	void failuresOutsideTheFifteenMinuteWindowDoNotAddUp() {
		String username = newUser(false);
		for (int i = 0; i < 4; i++) {
			http().login(username, "Wrong#Password1");
		}
		this.clock.advance(Duration.ofMinutes(16));
		http().login(username, "Wrong#Password1");
		http().loginAs(username, PASSWORD);
	}

	@Test
	void aLockLapsesAfterFifteenMinutes() {
		String username = newUser(false);
		for (int i = 0; i < 5; i++) {
			http().login(username, "Wrong#Password1");
		}
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(http().login(username, PASSWORD).header("Location")).endsWith("/login?locked");
		this.clock.advance(Duration.ofMinutes(2));
		http().loginAs(username, PASSWORD);
	}

	@Test
	void anUnknownUsernameIsLockedTheSameWaySoALockRevealsNothing() {
		String unknown = "nobody-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			assertThat(http().login(unknown, "Wrong#Password1").header("Location")).endsWith("/login?error");
		}
		assertThat(http().login(unknown, "Wrong#Password1").header("Location")).endsWith("/login?locked");
	}

	@Test
	void theSecurityAdministratorUnlocksAnAccountBeforeItsTime() {
		String username = newUser(false);
		for (int i = 0; i < 5; i++) {
			http().login(username, "Wrong#Password1");
		}
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		JsonNode user = secadmin.get("/api/identity/users?q=" + username).json().get(0);
		assertThat(user.path("locked").asBoolean()).isTrue();
		assertThat(secadmin.postJson("/api/identity/users/" + user.path("id").asLong() + "/unlock", "{}").status())
			.isEqualTo(204);
		http().loginAs(username, PASSWORD);
	}

	@Test
	void aSessionIdleForMoreThanThirtyMinutesEndsForPagesAndApi() {
		TestHttp page = http().loginAs(DemoUser.COMMUNITY_WORKER);
		TestHttp api = http().loginAs(DemoUser.COMMUNITY_WORKER);
		this.clock.advance(Duration.ofMinutes(25));
		assertThat(api.get("/api/identity/me").status()).as("activity keeps the session alive").isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(25));
		assertThat(api.get("/api/identity/me").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(31));
		TestHttp.Response expired = api.get("/api/identity/me");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.contentType()).startsWith("application/problem+json");
		assertThat(expired.json().path("detail").asString()).contains("长时间未操作");
		TestHttp.Response home = page.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).endsWith("/login?expired");
		assertThat(page.get("/").body()).as("signed out for good").doesNotContain("data-testid=\"user-name\"");
	}

	@Test
	void aFourthSignInOfOneAccountEndsItsLeastRecentlyUsedSession() {
		String username = newUser(false);
		TestHttp first = http().loginAs(username, PASSWORD);
		TestHttp second = http().loginAs(username, PASSWORD);
		TestHttp third = http().loginAs(username, PASSWORD);
		assertThat(first.get("/api/identity/me").status()).isEqualTo(200);
		TestHttp fourth = http().loginAs(username, PASSWORD);
		TestHttp.Response ended = second.get("/api/identity/me");
		assertThat(ended.status()).isEqualTo(401);
		assertThat(ended.json().path("detail").asString()).contains("账户已在其他地方登录");
		assertThat(first.get("/api/identity/me").status()).isEqualTo(200);
		assertThat(fourth.get("/api/identity/me").status()).isEqualTo(200);
		http().loginAs(username, PASSWORD);
		assertThat(third.get("/").header("Location")).endsWith("/login?replaced");
	}

	@Test
	void anInitialPasswordMustBeChangedBeforeAnythingElse() {
		String username = newUser(true);
		TestHttp http = http().loginAs(username, PASSWORD);
		TestHttp.Response home = http.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).endsWith("/account/password");
		TestHttp.Response api = http.get("/api/org/units/" + COMMUNITY);
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.json().path("type").asString()).endsWith("/password-change-required");
		assertThat(http.get("/api/identity/me").json().path("passwordChangeRequired").asBoolean()).isTrue();

		TestHttp.Response wrong = http.postJson("/api/identity/me/password",
				"{\"currentPassword\":\"Not#Mine2026\",\"newPassword\":\"Xinmima#2026\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().path("detail").asString()).isEqualTo("当前密码不正确。");
		TestHttp.Response weak = http.postJson("/api/identity/me/password",
				"{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"xinmima2026\"}", "Accept-Language", "en");
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().path("detail").asString()).contains("at least three of");
		TestHttp.Response same = http.postJson("/api/identity/me/password",
				"{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}");
		assertThat(same.json().path("detail").asString()).contains("不能与当前密码");

		assertThat(http
			.postJson("/api/identity/me/password",
					"{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Xinmima#2026\"}")
			.status()).isEqualTo(204);
		assertThat(http.get("/api/org/units/" + COMMUNITY).status()).isEqualTo(200);
		assertThat(http.get("/").status()).isEqualTo(200);
		assertThat(http().login(username, PASSWORD).header("Location")).as("the old password is gone")
			.endsWith("/login?error");
		http().loginAs(username, "Xinmima#2026");
	}

	@Test
	void aPasswordOlderThanNinetyDaysMustBeChangedAndNoneOfTheLastFiveReused() {
		String username = newUser(false);
		this.clock.advance(Duration.ofDays(91));
		TestHttp http = http().loginAs(username, PASSWORD);
		assertThat(http.get("/").header("Location")).endsWith("/account/password");
		String current = PASSWORD;
		for (int i = 1; i <= 5; i++) {
			String next = "Xinmima#" + i + "00" + i;
			assertThat(http
				.postJson("/api/identity/me/password",
						"{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")
				.status()).isEqualTo(204);
			current = next;
		}
		TestHttp.Response reused = http.postJson("/api/identity/me/password",
				"{\"currentPassword\":\"" + current + "\",\"newPassword\":\"Xinmima#2002\"}");
		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.json().path("detail").asString()).contains("最近 5 次");
		TestHttp.Response initial = http.postJson("/api/identity/me/password",
				"{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + PASSWORD + "\"}");
		assertThat(initial.status()).as("five changes ago is still remembered").isEqualTo(400);
		assertThat(http
			.postJson("/api/identity/me/password",
					"{\"currentPassword\":\"" + current + "\",\"newPassword\":\"Xinmima#6006\"}")
			.status()).isEqualTo(204);
		current = "Xinmima#6006";
		assertThat(http
			.postJson("/api/identity/me/password",
					"{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + PASSWORD + "\"}")
			.status()).as("six changes ago is allowed again").isEqualTo(204);
	}

	@Test
	void aUserWithAnAuthenticatorAppOwesItsCodeBeforeAnythingElseAndEachCodeWorksOnce() {
		String username = newUser(false);
		TestHttp enrolling = http().loginAs(username, PASSWORD);
		String secret = enrolling.postJson("/api/identity/me/second-factor", "{}").json().path("secret").asString();
		assertThat(this.jdbc.sql("select secret_enc from second_factor where secret_enc = ?")
			.param(secret)
			.query(String.class)
			.optional()).as("stored encrypted").isEmpty();
		String firstCode = codeNow(secret);
		assertThat(enrolling.postJson("/api/identity/me/second-factor/confirmation", "{\"code\":\"" + firstCode + "\"}")
			.status()).isEqualTo(204);

		TestHttp http = http().loginAs(username, PASSWORD);
		assertThat(http.get("/").header("Location")).endsWith("/login/second-factor");
		TestHttp.Response blocked = http.get("/api/org/units/" + COMMUNITY);
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.json().path("type").asString()).endsWith("/second-factor-required");
		assertThat(http
			.postJson("/api/identity/me/password",
					"{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Xinmima#2026\"}")
			.status()).as("a password alone cannot change the password").isEqualTo(403);
		TestHttp.Response replayed = http.postJson("/api/identity/me/second-factor/verification",
				"{\"code\":\"" + firstCode + "\"}");
		assertThat(replayed.status()).as("a code is used once").isEqualTo(400);
		assertThat(replayed.json().path("detail").asString()).contains("验证码不正确或已使用过");
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(
				http.postJson("/api/identity/me/second-factor/verification", "{\"code\":\"" + codeNow(secret) + "\"}")
					.status())
			.isEqualTo(204);
		assertThat(http.get("/api/org/units/" + COMMUNITY).status()).isEqualTo(200);
		assertThat(http.get("/api/identity/me").json().path("secondFactor").asString()).isEqualTo("PASSED");
	}

	@Test
	void wrongSecondFactorCodesLockTheAccountLikeWrongPasswords() {
		String username = newUser(false);
		TestHttp enrolling = http().loginAs(username, PASSWORD);
		String secret = enrolling.postJson("/api/identity/me/second-factor", "{}").json().path("secret").asString();
		enrolling.postJson("/api/identity/me/second-factor/confirmation", "{\"code\":\"" + codeNow(secret) + "\"}");
		TestHttp http = http().loginAs(username, PASSWORD);
		for (int i = 0; i < 4; i++) {
			assertThat(http.postJson("/api/identity/me/second-factor/verification", "{\"code\":\"000000\"}").status())
				.isIn(400);
		}
		assertThat(http.postJson("/api/identity/me/second-factor/verification", "{\"code\":\"000000\"}").status())
			.isEqualTo(401);
		assertThat(http().login(username, PASSWORD).header("Location")).endsWith("/login?locked");
	}

	@Test
	void theSecurityAdministratorRemovesALostAuthenticator() {
		String username = newUser(false);
		TestHttp enrolling = http().loginAs(username, PASSWORD);
		String secret = enrolling.postJson("/api/identity/me/second-factor", "{}").json().path("secret").asString();
		enrolling.postJson("/api/identity/me/second-factor/confirmation", "{\"code\":\"" + codeNow(secret) + "\"}");
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		long id = secadmin.get("/api/identity/users?q=" + username).json().get(0).path("id").asLong();
		assertThat(secadmin.postJson("/api/identity/users/" + id + "/second-factor/removal", "{}").status())
			.isEqualTo(204);
		assertThat(http().loginAs(username, PASSWORD).get("/").status()).isEqualTo(200);
	}

	private String codeNow(String secret) {
		return Totp.code(Totp.fromBase32(secret), Totp.step(this.clock.instant()));
	}

	@Test
	void theDemoApiTokensActAsTheirUsersWithoutASession() {
		JsonNode dispatcher = http().getWithToken("/api/identity/me", "demo-dispatcher-210105").json();
		assertThat(dispatcher.path("username").asString()).isEqualTo("dispatcher");
		assertThat(dispatcher.path("orgCode").asString()).isEqualTo("210105");
		JsonNode leader = http().getWithToken("/api/identity/me", "demo-leader-210105").json();
		assertThat(leader.path("roles").get(0).asString()).isEqualTo("LEADER");
		TestHttp.Response denied = http().getWithToken("/api/identity/users", "demo-leader-210105");
		assertThat(denied.status()).as("a token has its user's roles, no more").isEqualTo(403);
		TestHttp.Response noSession = http().getWithToken("/api/identity/me", "demo-dispatcher-210105");
		assertThat(noSession.header("Set-Cookie")).doesNotContain("JSESSIONID");
	}

	@Test
	void anUnknownTokenAnswers401ProblemInTheCallersLanguage() {
		TestHttp.Response response = http().get("/api/identity/me", "Authorization", "Bearer not-a-token",
				"Accept-Language", "en");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("invalid, expired or revoked");
	}

	@Test
	void anIssuedTokenWorksUntilItIsRevokedOrExpires() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		TestHttp.Response issued = secadmin.postJson("/api/identity/tokens",
				"{\"username\":\"leader\",\"name\":\"大屏\",\"validDays\":30}");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().path("token").asString();
		long id = issued.json().path("id").asLong();
		TestHttp.Response forOfficer = secadmin.postJson("/api/identity/tokens",
				"{\"username\":\"admin\",\"name\":\"绕过\"}");
		assertThat(forOfficer.status()).isEqualTo(400);
		assertThat(forOfficer.json().path("detail").asString()).contains("不能为系统管理员");
		assertThat(token).startsWith("gz_");
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(token)
			.query(Integer.class)
			.single()).as("only a keyed hash is stored").isZero();
		assertThat(http().getWithToken("/api/identity/me", token).json().path("username").asString())
			.isEqualTo("leader");
		assertThat(secadmin.get("/api/identity/tokens").body()).contains("大屏").doesNotContain(token);

		this.clock.advance(Duration.ofDays(31));
		assertThat(http().getWithToken("/api/identity/me", token).status()).as("expired").isEqualTo(401);
		this.clock.reset();
		assertThat(http().loginAs(DemoUser.SECURITY_ADMIN)
			.postJson("/api/identity/tokens/" + id + "/revoke", "{}")
			.status()).isEqualTo(204);
		assertThat(http().getWithToken("/api/identity/me", token).status()).as("revoked").isEqualTo(401);
	}

	@Test
	void aTokenOfADisabledUserIsRefused() {
		String username = newUser(false);
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		String token = secadmin.postJson("/api/identity/tokens", "{\"username\":\"" + username + "\",\"name\":\"app\"}")
			.json()
			.path("token")
			.asString();
		assertThat(http().getWithToken("/api/identity/me", token).status()).isEqualTo(200);
		long id = secadmin.get("/api/identity/users?q=" + username).json().get(0).path("id").asLong();
		assertThat(http().loginAs(DemoUser.ADMIN).postJson("/api/identity/users/" + id + "/disable", "{}").status())
			.isEqualTo(204);
		assertThat(http().getWithToken("/api/identity/me", token).status()).isEqualTo(401);
		assertThat(http().login(username, PASSWORD).header("Location")).endsWith("/login?error");
	}

}
