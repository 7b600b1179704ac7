package org.gongzhi.identity;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing an account after its creation, on H2 and PostgreSQL: within the caller's
 * scope, under 三员分立 (a system administrator neither edits an officer's account nor makes
 * anyone an officer; the security administrator edits only the officers' accounts),
 * audited, and ending the sessions of an account whose rights changed.
 */
abstract class UserEditingContract extends ApplicationTest {

	static final String PASSWORD = "Bianji#2026x";

	static final String COMMUNITY = "210105001002";

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private AuditLog audit;

	@Test
	void anAdministratorChangesRolesAndScopeWhichEndsTheUsersSessionsAndIsAudited() {
		String username = newUser(Role.RESIDENT, COMMUNITY);
		TestHttp user = http().loginAs(username, PASSWORD);
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response updated = admin.putJson("/api/identity/users/" + idOf(username),
				change("改过的名字", "210105001", null, "[\"DISPATCHER\",\"LEADER\"]", true));
		assertThat(updated.status()).isEqualTo(200);
		JsonNode summary = updated.json();
		assertThat(summary.path("displayName").asString()).isEqualTo("改过的名字");
		assertThat(summary.path("orgName").asString()).isEqualTo("三台子街道");
		assertThat(summary.path("roles").toString()).contains("DISPATCHER")
			.contains("LEADER")
			.doesNotContain("RESIDENT");
		assertThat(user.get("/api/identity/me").status()).as("its rights changed: its session ends").isEqualTo(401);
		JsonNode me = http().loginAs(username, PASSWORD).get("/api/identity/me").json();
		assertThat(me.path("orgCode").asString()).isEqualTo("210105001");
		assertThat(me.path("roles").size()).isEqualTo(2);

		AuditEntry entry = this.audit.latest("USER_UPDATED", "admin", 1).get(0);
		assertThat(entry.target()).isEqualTo(username);
		assertThat(entry.detail()).isEqualTo(
				"displayName changed; org " + COMMUNITY + " → 210105001; roles [RESIDENT] → [DISPATCHER, LEADER]");
		assertThat(entry.detail()).as("a name is personal data").doesNotContain("改过的名字");
	}

	@Test
	void aNewDisplayNameAloneKeepsTheSessionAndDisablingEndsIt() {
		String username = newUser(Role.COMMUNITY_WORKER, COMMUNITY);
		TestHttp user = http().loginAs(username, PASSWORD);
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		long id = idOf(username);
		assertThat(admin
			.putJson("/api/identity/users/" + id, change("新名字", COMMUNITY, null, "[\"COMMUNITY_WORKER\"]", true))
			.status()).isEqualTo(200);
		assertThat(user.get("/api/identity/me").status()).isEqualTo(200);
		TestHttp.Response disabled = admin.putJson("/api/identity/users/" + id,
				change("新名字", COMMUNITY, null, "[\"COMMUNITY_WORKER\"]", false));
		assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
		assertThat(user.get("/api/identity/me").status()).isEqualTo(401);
		assertThat(http().login(username, PASSWORD).header("Location")).endsWith("/login?error");
		assertThat(this.audit.latest("USER_DISABLED", "admin", 1).get(0).target()).isEqualTo(username);
	}

	@Test
	void theSystemAdministratorNeitherEditsAnOfficerNorMakesAnyoneOne() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		long auditor = idOf("auditor");
		assertThat(admin.putJson("/api/identity/users/" + auditor, change("审计员", "210105", null, "[\"AUDITOR\"]", true))
			.status()).isEqualTo(403);
		String username = newUser(Role.DISPATCHER, "210105");
		TestHttp.Response promoted = admin.putJson("/api/identity/users/" + idOf(username),
				change("派遣员", "210105", null, "[\"SECURITY_ADMIN\"]", true));
		assertThat(promoted.status()).isEqualTo(400);
		assertThat(promoted.json().path("detail").asString()).contains("三员分立");
		assertThat(
				admin.putJson("/api/identity/users/" + idOf("admin"), change("我", "210105", null, "[\"ADMIN\"]", true))
					.status())
			.as("an administrator's own account is not theirs to manage")
			.isEqualTo(403);
	}

	@Test
	void theSecurityAdministratorEditsOfficersOnlyAndNeverCombinesTheirRoles() {
		String officer = "off" + System.nanoTime() % 10_000_000;
		this.accounts
			.createIfAbsent(new NewUser(officer, PASSWORD, "审计员乙", "210105", null, Set.of(Role.AUDITOR), false));
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		assertThat(secadmin
			.putJson("/api/identity/users/" + idOf(officer), change("审计员丙", "210105", null, "[\"AUDITOR\"]", true))
			.json()
			.path("displayName")
			.asString()).isEqualTo("审计员丙");
		TestHttp.Response combined = secadmin.putJson("/api/identity/users/" + idOf(officer),
				change("审计员丙", "210105", null, "[\"AUDITOR\",\"ADMIN\"]", true));
		assertThat(combined.status()).isEqualTo(400);
		assertThat(combined.json().path("detail").asString()).contains("互斥");
		assertThat(secadmin
			.putJson("/api/identity/users/" + idOf("community"),
					change("社区", COMMUNITY, null, "[\"COMMUNITY_WORKER\"]", true))
			.status()).as("business accounts are the system administrator's").isEqualTo(403);
		assertThat(secadmin
			.putJson("/api/identity/users/" + idOf("secadmin"),
					change("我", "210105", null, "[\"SECURITY_ADMIN\"]", true))
			.status()).as("not one's own account").isEqualTo(409);
	}

	@Test
	void aStreetAdministratorEditsOnlyWithinTheStreetAndCannotMoveAnyoneOut() {
		TestHttp street = http().loginAs(DemoUser.STREET_ADMIN);
		assertThat(street
			.putJson("/api/identity/users/" + idOf("dispatcher"),
					change("派遣员", "210105", null, "[\"DISPATCHER\"]", true))
			.status()).as("outside the street: does not exist for them").isEqualTo(404);
		String username = newUser(Role.RESIDENT, COMMUNITY);
		TestHttp.Response moved = street.putJson("/api/identity/users/" + idOf(username),
				change("居民", "210105008", null, "[\"RESIDENT\"]", true));
		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.json().path("detail").asString()).contains("210105008").contains("管辖范围");
		TestHttp.Response staff = street.putJson("/api/identity/users/" + idOf(username),
				change("队员", "210105001", "210105-CG-001", "[\"DEPARTMENT\"]", true));
		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.json().path("departmentCode").asString()).isEqualTo("210105-CG-001");
		TestHttp.Response invalid = street.putJson("/api/identity/users/" + idOf(username),
				"{\"displayName\":\"\",\"orgCode\":\"\",\"roles\":[]}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theEditPageShowsARefusedChangeNextToItsField() {
		String username = newUser(Role.RESIDENT, COMMUNITY);
		long id = idOf(username);
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		assertThat(admin.get("/identity/users?q=" + username).body()).contains("/identity/users/" + id + "/edit");
		String form = admin.get("/identity/users/" + id + "/edit").body();
		assertThat(form).contains("value=\"" + COMMUNITY + "\" selected=\"selected\"").contains("修改用户");
		TestHttp.Response refused = admin.postForm("/identity/users/" + id + "/edit", Map.of("displayName", "居民甲",
				"orgCode", COMMUNITY, "departmentCode", "210105-CG", "roles", "RESIDENT", "enabled", "true"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"error-departmentCode\">只有职能部门处置人员");
		TestHttp.Response saved = admin.postForm("/identity/users/" + id + "/edit",
				Map.of("displayName", "居民甲", "orgCode", COMMUNITY, "departmentCode", "", "roles", "RESIDENT"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(admin.get(saved.header("Location").replaceFirst("^https?://[^/]+", "")).body())
			.contains("已保存对用户 " + username + " 的修改")
			.contains("居民甲")
			.contains("已停用");
		assertThat(http().loginAs(DemoUser.AUDITOR).get("/identity/users/" + id + "/edit").status()).isEqualTo(403);
	}

	private String newUser(Role role, String orgCode) {
		String username = "edit" + System.nanoTime() % 10_000_000;
		this.accounts.createIfAbsent(new NewUser(username, PASSWORD, "待修改", orgCode, null, Set.of(role), false));
		return username;
	}

	private long idOf(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private static String change(String displayName, String orgCode, String departmentCode, String roles,
			boolean enabled) {
		return "{\"displayName\":\"" + displayName + "\",\"orgCode\":\"" + orgCode + "\",\"departmentCode\":"
				+ ((departmentCode != null) ? "\"" + departmentCode + "\"" : "null") + ",\"roles\":" + roles
				+ ",\"enabled\":" + enabled + "}";
	}

}
