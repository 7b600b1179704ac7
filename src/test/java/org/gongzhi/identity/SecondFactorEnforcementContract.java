package org.gongzhi.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor end to end, on H2 and PostgreSQL, once the security administrator
 * requires it of a role: a security administrator must enrol an authenticator app before
 * anything else, and from then on owes its code at every sign-in; without the code no
 * page and no API answers, a wrong code counts towards the lock, the right one opens
 * everything the role may use.
 */
abstract class SecondFactorEnforcementContract extends ApplicationTest {

	static final String PASSWORD = "Shuangyinsu#26";

	/** Pages and API of every kind a security administrator may otherwise use. */
	static final List<String> PAGES = List.of("/", "/identity/users", "/identity/policy", "/identity/sessions");

	static final List<String> APIS = List.of("/api/identity/me", "/api/identity/users", "/api/identity/security-policy",
			"/api/identity/tokens", "/api/org/units/210105");

	@Autowired
	private SecurityPolicies policies;

	@Autowired
	private GongzhiUserDetailsService users;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private AuditLog audit;

	@AfterEach
	void restoreDefaultPolicy() {
		this.policies.restoreDefaults(this.users.loadUserByUsername("secadmin"), null);
	}

	@Test
	void aSecurityAdministratorMustEnrolAndThenGiveTheCodeAtEverySignIn() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		ObjectNode policy = (ObjectNode) secadmin.get("/api/identity/security-policy").json();
		policy.putArray("secondFactorRoles").add("SECURITY_ADMIN");
		assertThat(secadmin.putJson("/api/identity/security-policy", policy.toString()).status()).isEqualTo(200);
		String username = "sa" + System.nanoTime() % 10_000_000;
		this.accounts.createIfAbsent(
				new NewUser(username, PASSWORD, "安全员乙", "210105", null, Set.of(Role.SECURITY_ADMIN), false));

		TestHttp enrolling = http().loginAs(username, PASSWORD);
		assertRefusedUntil(enrolling, "/account/second-factor", "second-factor-enrollment-required");
		String secret = enrolling.postJson("/api/identity/me/second-factor", "{}").json().path("secret").asString();
		assertThat(enrolling
			.postJson("/api/identity/me/second-factor/confirmation", "{\"code\":\"" + codeNow(secret) + "\"}")
			.status()).isEqualTo(204);
		assertThat(enrolling.get("/api/identity/users").status()).as("enrolling proves the factor").isEqualTo(200);

		TestHttp signingIn = http().loginAs(username, PASSWORD);
		assertRefusedUntil(signingIn, "/login/second-factor", "second-factor-required");
		this.clock.advance(Duration.ofSeconds(30));
		TestHttp.Response wrong = signingIn.postJson("/api/identity/me/second-factor/verification",
				"{\"code\":\"" + wrongCode(secret) + "\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(this.audit.latest("LOGIN_SECOND_FACTOR", username, 1).get(0).outcome())
			.isEqualTo(AuditEntry.Outcome.FAILURE);
		assertThat(signingIn.get("/api/identity/users").status()).as("still nothing after a wrong code").isEqualTo(403);

		assertThat(signingIn
			.postJson("/api/identity/me/second-factor/verification", "{\"code\":\"" + codeNow(secret) + "\"}")
			.status()).isEqualTo(204);
		for (String page : PAGES) {
			assertThat(signingIn.get(page).status()).as(page).isEqualTo(200);
		}
		for (String api : APIS) {
			assertThat(signingIn.get(api).status()).as(api).isEqualTo(200);
		}
		assertThat(signingIn.get("/api/identity/me").json().path("secondFactor").asString()).isEqualTo("PASSED");
	}

	@Test
	void wrongCodesCountTowardsTheSameLockAsWrongPasswords() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		ObjectNode policy = (ObjectNode) secadmin.get("/api/identity/security-policy").json();
		policy.putArray("secondFactorRoles").add("SECURITY_ADMIN");
		secadmin.putJson("/api/identity/security-policy", policy.toString());
		String username = "sb" + System.nanoTime() % 10_000_000;
		this.accounts.createIfAbsent(
				new NewUser(username, PASSWORD, "安全员丙", "210105", null, Set.of(Role.SECURITY_ADMIN), false));
		TestHttp enrolling = http().loginAs(username, PASSWORD);
		String secret = enrolling.postJson("/api/identity/me/second-factor", "{}").json().path("secret").asString();
		enrolling.postJson("/api/identity/me/second-factor/confirmation", "{\"code\":\"" + codeNow(secret) + "\"}");

		for (int i = 0; i < 3; i++) {
			assertThat(http().login(username, "Wrong#Password1").header("Location")).endsWith("/login?error");
		}
		TestHttp signingIn = http().loginAs(username, PASSWORD);
		assertThat(signingIn.postJson("/api/identity/me/second-factor/verification", "{\"code\":\"000000\"}").status())
			.as("the fourth failure")
			.isEqualTo(400);
		assertThat(signingIn.postJson("/api/identity/me/second-factor/verification", "{\"code\":\"000000\"}").status())
			.as("the fifth failure locks")
			.isEqualTo(401);
		assertThat(http().login(username, PASSWORD).header("Location")).endsWith("/login?locked");
	}

	/**
	 * Every page leads to the step and every API answers 403 with its problem type, until
	 * the step is done.
	 */
	private static void assertRefusedUntil(TestHttp http, String step, String problemType) {
		for (String page : PAGES) {
			TestHttp.Response response = http.get(page);
			assertThat(response.status()).as(page).isEqualTo(302);
			assertThat(response.header("Location")).as(page).endsWith(step);
		}
		for (String api : APIS) {
			TestHttp.Response response = http.get(api);
			assertThat(response.status()).as(api).isEqualTo(403);
			assertThat(response.json().path("type").asString()).as(api).endsWith("/" + problemType);
		}
	}

	private String codeNow(String secret) {
		return Totp.code(Totp.fromBase32(secret), Totp.step(this.clock.instant()));
	}

	/** A code that is none of those accepted around now. */
	private String wrongCode(String secret) {
		long step = Totp.step(this.clock.instant());
		List<String> valid = List.of(Totp.code(Totp.fromBase32(secret), step - 1),
				Totp.code(Totp.fromBase32(secret), step), Totp.code(Totp.fromBase32(secret), step + 1));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!valid.contains(code)) {
				return code;
			}
		}
	}

}
