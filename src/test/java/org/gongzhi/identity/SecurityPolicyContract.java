package org.gongzhi.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.AuthorizationMatrix;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in and password policy the security administrator changes at run time, on H2
 * and PostgreSQL: who may change it, the bounds of 等保 level 3, that every change is
 * audited and that the running rules follow it at once (and on other nodes once their
 * copy is stale).
 */
abstract class SecurityPolicyContract extends ApplicationTest {

	static final String PASSWORD = "Celue#2026x";

	static final String POLICY = "/api/identity/security-policy";

	@Autowired
	private SecurityPolicies policies;

	@Autowired
	private SecurityProperties properties;

	@Autowired
	private AuditLog audit;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private GongzhiUserDetailsService users;

	/** Every test starts from the configured policy; other tests rely on it. */
	@AfterEach
	void restoreDefaultPolicy() {
		this.policies.restoreDefaults(this.users.loadUserByUsername("secadmin"), null);
	}

	@Test
	void theSecurityAdministratorLowersTheFailedSignInsThatLockAndItCountsAtOnce() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		JsonNode before = secadmin.get(POLICY).json();
		assertThat(before.path("maxFailedLogins").asInt()).isEqualTo(5);
		TestHttp.Response changed = secadmin.putJson(POLICY, with(before, "maxFailedLogins", 3));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("maxFailedLogins").asInt()).isEqualTo(3);
		assertThat(changed.json().path("version").asLong()).isEqualTo(before.path("version").asLong() + 1);

		String username = newUser(Role.COMMUNITY_WORKER);
		for (int i = 0; i < 3; i++) {
			assertThat(http().login(username, "Wrong#Password1").header("Location")).endsWith("/login?error");
		}
		assertThat(http().login(username, PASSWORD).header("Location")).as("locked after the new count")
			.endsWith("/login?locked");

		AuditEntry entry = this.audit.latest("SECURITY_POLICY_CHANGED", "secadmin", 1).get(0);
		assertThat(entry.detail()).isEqualTo("maxFailedLogins 5 → 3");
		assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
	}

	@Test
	void onlyTheSecurityAdministratorChangesThePolicyAndTheAuditorMayReadIt() {
		JsonNode current = http().loginAs(DemoUser.SECURITY_ADMIN).get(POLICY).json();
		String rejected = with(current, "maxFailedLogins", 99);
		new AuthorizationMatrix(this::http).get(POLICY)
			.allows(200, DemoUser.SECURITY_ADMIN, DemoUser.AUDITOR)
			.put(POLICY, rejected)
			.allows(422, DemoUser.SECURITY_ADMIN)
			.verify();
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		assertThat(admin.putJson(POLICY, with(current, "maxFailedLogins", 3)).status()).as("三员分立").isEqualTo(403);
		assertThat(admin.delete(POLICY).status()).isEqualTo(403);
		assertThat(admin.get("/identity/policy").status()).isEqualTo(403);
		assertThat(http().loginAs(DemoUser.AUDITOR).putJson(POLICY, with(current, "maxFailedLogins", 3)).status())
			.isEqualTo(403);
		assertThat(this.policies.current().maxFailedLogins()).isEqualTo(5);
	}

	@Test
	void valuesOutsideTheBoundsOfLevelThreeAreRefusedWithAReasonForEachField() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		ObjectNode body = (ObjectNode) secadmin.get(POLICY).json();
		body.put("passwordMinLength", 6);
		body.put("maxFailedLogins", 20);
		body.put("idleTimeoutMinutes", 60);
		body.put("passwordMaxAgeDays", 10);
		body.putArray("secondFactorRoles").add("RESIDENT");
		TestHttp.Response refused = secadmin.putJson(POLICY, body.toString());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("type").asString()).endsWith("/policy-out-of-bounds");
		assertThat(refused.json().path("detail").asString()).contains("5 项").contains("等保三级");
		List<String> errors = new ArrayList<>();
		refused.json()
			.path("errors")
			.forEach((error) -> errors.add(error.path("field").asString() + ": " + error.path("message").asString()));
		assertThat(errors).containsExactlyInAnyOrder("passwordMinLength: 须在 8 到 64 之间。",
				"maxFailedLogins: 须在 3 到 10 之间。", "idleTimeoutMinutes: 须在 5 到 30 之间。",
				"passwordMaxAgeDays: 填 0（不要求定期更换）或 30 到 180 之间的天数。",
				"secondFactorRoles: 居民用手机号和短信验证码登录，不能要求其使用身份验证器应用。");
		TestHttp.Response english = secadmin.putJson(POLICY, body.toString(), "Accept-Language", "en");
		assertThat(english.json().path("errors").toString()).contains("Must be between 3 and 10.");
		assertThat(this.policies.current()).isEqualTo(this.policies.defaults());

		body.remove("lockMinutes");
		TestHttp.Response incomplete = secadmin.putJson(POLICY, body.toString());
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.json().path("errors").toString()).contains("lockMinutes");
	}

	@Test
	void thePolicyPageShowsARefusedValueNextToItsField() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		String page = secadmin.get("/identity/policy").body();
		assertThat(page).contains("安全策略").contains("允许 3–10，默认 5");
		java.util.Map<String, String> form = new java.util.HashMap<>(formOf(this.policies.current()));
		form.put("idleTimeoutMinutes", "45");
		TestHttp.Response refused = secadmin.postForm("/identity/policy", form);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"error-idleTimeoutMinutes\">须在 5 到 30 之间。");
		form.put("idleTimeoutMinutes", "20");
		TestHttp.Response saved = secadmin.postForm("/identity/policy", form);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(secadmin.get("/identity/policy").body()).contains("安全策略已保存并生效");
		assertThat(this.policies.current().idleTimeoutMinutes()).isEqualTo(20);
		assertThat(this.audit.latest("SECURITY_POLICY_CHANGED", "secadmin", 1).get(0).detail())
			.isEqualTo("idleTimeoutMinutes 30 → 20");
	}

	@Test
	void aShorterIdleTimeoutAndASingleSessionApplyToSessionsAlreadyOpen() {
		String username = newUser(Role.DISPATCHER);
		TestHttp first = http().loginAs(username, PASSWORD);
		change("idleTimeoutMinutes", 10);
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(first.get("/api/identity/me").status()).as("idle for longer than the new timeout").isEqualTo(401);
		this.clock.reset();

		change("maxSessionsPerUser", 1);
		TestHttp second = http().loginAs(username, PASSWORD);
		TestHttp third = http().loginAs(username, PASSWORD);
		assertThat(second.get("/api/identity/me").status()).as("one session at a time").isEqualTo(401);
		assertThat(third.get("/api/identity/me").status()).isEqualTo(200);
	}

	@Test
	void aLongerMinimumLengthAndFourCharacterClassesApplyToTheNextPassword() {
		change("passwordMinLength", 12);
		change("passwordClasses", 4);
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		String user = "{\"username\":\"pol-" + System.nanoTime() % 1_000_000 + "\",\"displayName\":\"策略\","
				+ "\"orgCode\":\"210105001002\",\"roles\":[\"RESIDENT\"],\"initialPassword\":\"%s\"}";
		TestHttp.Response tooShort = admin.postJson("/api/identity/users", user.formatted("Celue#2026x"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.json().path("detail").asString()).isEqualTo("密码至少需要 12 位。");
		TestHttp.Response threeClasses = admin.postJson("/api/identity/users", user.formatted("celue#2026xyz"));
		assertThat(threeClasses.json().path("detail").asString()).contains("至少四类");
		assertThat(admin.postJson("/api/identity/users", user.formatted("Celue#2026xyz")).status()).isEqualTo(201);
		assertThat(http().loginAs(DemoUser.COMMUNITY_WORKER).get("/account/password").body())
			.contains("至少 12 位，包含大写字母、小写字母、数字、符号中的至少四类");
	}

	@Test
	void anotherNodeSeesAChangeOnceItsCopyIsAFewSecondsOld() {
		AtomicLong nanos = new AtomicLong();
		SecurityPolicies otherNode = new SecurityPolicies(this.jdbc, this.properties, this.audit, this.clock,
				nanos::get);
		assertThat(otherNode.current().lockMinutes()).isEqualTo(15);
		change("lockMinutes", 30);
		assertThat(this.policies.current().lockMinutes()).as("this node at once").isEqualTo(30);
		nanos.addAndGet(SecurityPolicies.REFRESH.toNanos() - 1);
		assertThat(otherNode.current().lockMinutes()).as("the other node's copy is still fresh").isEqualTo(15);
		nanos.addAndGet(1);
		assertThat(otherNode.current().lockMinutes()).isEqualTo(30);
	}

	@Test
	void aChangeBasedOnAnOutdatedVersionIsRefused() {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		JsonNode read = secadmin.get(POLICY).json();
		assertThat(secadmin.putJson(POLICY, with(read, "lockMinutes", 20)).status()).isEqualTo(200);
		TestHttp.Response stale = secadmin.putJson(POLICY, with(read, "lockMinutes", 25));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().path("detail").asString()).contains("已被他人修改");
		assertThat(this.policies.current().lockMinutes()).isEqualTo(20);
		TestHttp.Response restored = secadmin.delete(POLICY);
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().path("lockMinutes").asInt()).isEqualTo(15);
		assertThat(this.audit.latest("SECURITY_POLICY_RESET", "secadmin", 1).get(0).detail())
			.isEqualTo("lockMinutes 20 → 15");
	}

	private void change(String setting, int value) {
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		assertThat(secadmin.putJson(POLICY, with(secadmin.get(POLICY).json(), setting, value)).status()).isEqualTo(200);
	}

	private static String with(JsonNode policy, String setting, int value) {
		ObjectNode body = (ObjectNode) policy.deepCopy();
		body.put(setting, value);
		return body.toString();
	}

	private static java.util.Map<String, String> formOf(SecurityPolicy policy) {
		java.util.Map<String, String> form = new java.util.HashMap<>();
		policy.numbers().forEach((name, value) -> form.put(name, String.valueOf(value)));
		form.put("_secondFactorRoles", "on");
		return form;
	}

	private String newUser(Role role) {
		String username = "pol" + System.nanoTime() % 10_000_000;
		this.accounts
			.createIfAbsent(new NewUser(username, PASSWORD, "策略测试", "210105001002", null, Set.of(role), false));
		return username;
	}

}
