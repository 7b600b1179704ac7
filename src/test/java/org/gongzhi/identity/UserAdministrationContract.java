package org.gongzhi.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.AuthorizationMatrix;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Account administration under 三员分立 and data scope, on H2 and PostgreSQL: who may do
 * what, what each administrator sees, and the rules a new account must follow.
 */
abstract class UserAdministrationContract extends ApplicationTest {

	static final String STREET = "210105001";

	static final String OTHER_STREET = "210105008";

	@Autowired
	private UserAccounts accounts;

	@Test
	void eachEndpointAnswersOnlyTheRolesItIsFor() {
		new AuthorizationMatrix(this::http).get("/api/identity/users")
			.allows(200, DemoUser.ADMIN, DemoUser.STREET_ADMIN, DemoUser.SECURITY_ADMIN)
			.post("/api/identity/users/999999/unlock", "{}")
			.allows(404, DemoUser.SECURITY_ADMIN)
			.post("/api/identity/users/999999/disable", "{}")
			.allows(404, DemoUser.ADMIN, DemoUser.STREET_ADMIN, DemoUser.SECURITY_ADMIN)
			.get("/api/identity/tokens")
			.allows(200, DemoUser.SECURITY_ADMIN)
			.get("/api/identity/audit")
			.allows(200, DemoUser.AUDITOR)
			.get("/api/identity/audit/verification")
			.allows(200, DemoUser.AUDITOR)
			.get("/api/identity/me")
			.allowsEveryone(200)
			.get("/api/identity/departments")
			.allowsEveryone(200)
			.post("/api/identity/departments", "{\"code\":\"X-1\",\"name\":\"x\",\"orgCode\":\"999999\"}")
			.allows(404, DemoUser.ADMIN, DemoUser.STREET_ADMIN)
			.verify();
	}

	@Test
	void aStreetAdministratorSeesTheUsersOfTheirStreetOnly() {
		JsonNode users = http().loginAs(DemoUser.STREET_ADMIN).get("/api/identity/users").json();
		List<String> usernames = new ArrayList<>();
		users.forEach((user) -> {
			usernames.add(user.path("username").asString());
			assertThat(user.path("orgCode").asString()).startsWith(STREET);
		});
		assertThat(usernames).contains("street", "streetadmin", "community", "grid", "resident")
			.doesNotContain("admin", "dispatcher", "leader");
		assertThat(http().loginAs(DemoUser.ADMIN).get("/api/identity/users").body()).contains("\"dispatcher\"")
			.contains("\"community\"");
	}

	@Test
	void aUserOutsideTheScopeDoesNotExistForTheCaller() {
		long admin = idOf("admin");
		long community = idOf("community");
		TestHttp street = http().loginAs(DemoUser.STREET_ADMIN);
		TestHttp.Response outside = street.get("/api/identity/users/" + admin);
		assertThat(outside.status()).isEqualTo(404);
		assertThat(outside.contentType()).startsWith("application/problem+json");
		assertThat(outside.json().path("detail").asString()).contains(String.valueOf(admin)).contains("管辖范围");
		assertThat(street.get("/api/identity/users/" + community).json().path("username").asString())
			.isEqualTo("community");
		assertThat(street.postJson("/api/identity/users/" + admin + "/disable", "{}").status()).isEqualTo(404);
	}

	@Test
	void anOrgUnitOutsideTheScopeAnswers404() {
		TestHttp street = http().loginAs(DemoUser.STREET_ADMIN);
		assertThat(street.get("/api/org/units/" + STREET).json().path("name").asString()).isEqualTo("三台子街道");
		assertThat(street.get("/api/org/units/" + STREET + "/children").status()).isEqualTo(200);
		assertThat(street.get("/api/org/units/210105001002").status()).isEqualTo(200);
		TestHttp.Response parent = street.get("/api/org/units/210105");
		assertThat(parent.status()).isEqualTo(404);
		assertThat(parent.json().path("detail").asString()).contains("210105");
		assertThat(street.get("/api/org/units/" + OTHER_STREET).status()).isEqualTo(404);
		assertThat(http().loginAs(DemoUser.DISPATCHER)
			.get("/api/org/units/" + OTHER_STREET)
			.json()
			.path("name")
			.asString()).as("it exists for the district").isEqualTo("黄河街道");
		assertThat(street.get("/api/org/units/" + OTHER_STREET + "/children").status()).isEqualTo(404);
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		assertThat(community.get("/api/org/units/" + STREET).status()).isEqualTo(404);
		assertThat(community.get("/api/org/units/210105001002").status()).isEqualTo(200);
	}

	@Test
	void anAdministratorCreatesABusinessAccountThatMustChangeItsInitialPassword() {
		String username = unique("worker");
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response created = admin.postJson("/api/identity/users",
				newUser(username, "210105001002", "[\"COMMUNITY_WORKER\",\"PARTY_SECRETARY\"]", null, "Chushi#2026x"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/identity/users/" + created.json().path("id").asLong());
		assertThat(created.json().path("mustChangePassword").asBoolean()).isTrue();
		assertThat(created.json().path("orgName").asString()).isEqualTo("桔蔷社区");
		assertThat(created.body()).doesNotContain("Chushi").doesNotContain("passwordHash");
		TestHttp user = http().loginAs(username, "Chushi#2026x");
		assertThat(user.get("/").header("Location")).endsWith("/account/password");
		assertThat(admin
			.postJson("/api/identity/users", newUser(username, "210105001002", "[\"RESIDENT\"]", null, "Chushi#2026x"))
			.status()).as("username taken").isEqualTo(409);
	}

	@Test
	void theThreeOfficerRolesAreGrantedOnlyByTheSecurityAdministratorAndNeverCombined() {
		TestHttp.Response byAdmin = http().loginAs(DemoUser.ADMIN)
			.postJson("/api/identity/users", newUser(unique("aud"), "210105", "[\"AUDITOR\"]", null, "Shenji#2026x"));
		assertThat(byAdmin.status()).isEqualTo(400);
		assertThat(byAdmin.json().path("detail").asString()).contains("三员分立");
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		TestHttp.Response combined = secadmin.postJson("/api/identity/users",
				newUser(unique("two"), "210105", "[\"AUDITOR\",\"ADMIN\"]", null, "Shenji#2026x"));
		assertThat(combined.status()).isEqualTo(400);
		assertThat(combined.json().path("detail").asString()).contains("互斥");
		assertThat(secadmin
			.postJson("/api/identity/users", newUser(unique("aud"), "210105", "[\"AUDITOR\"]", null, "Shenji#2026x"))
			.status()).isEqualTo(201);
		assertThat(secadmin
			.postJson("/api/identity/users", newUser(unique("biz"), "210105", "[\"DISPATCHER\"]", null, "Shenji#2026x"))
			.status()).as("business roles are the system administrator's").isEqualTo(400);
	}

	@Test
	void theSystemAdministratorCannotDisableAnOfficerNorThemself() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		assertThat(admin.postJson("/api/identity/users/" + idOf("secadmin") + "/disable", "{}").status())
			.isEqualTo(403);
		assertThat(admin.postJson("/api/identity/users/" + idOf("auditor") + "/disable", "{}").status()).isEqualTo(403);
		assertThat(http().loginAs(DemoUser.SECURITY_ADMIN)
			.postJson("/api/identity/users/" + idOf("secadmin") + "/disable", "{}")
			.status()).isEqualTo(409);
	}

	@Test
	void aNewAccountIsRejectedWithAReasonForEachBrokenRule() {
		TestHttp street = http().loginAs(DemoUser.STREET_ADMIN);
		assertThat(detail(street.postJson("/api/identity/users",
				newUser(unique("far"), OTHER_STREET, "[\"RESIDENT\"]", null, "Juming#2026x"))))
			.contains(OTHER_STREET)
			.contains("管辖范围");
		assertThat(detail(street.postJson("/api/identity/users",
				newUser(unique("weak"), STREET, "[\"RESIDENT\"]", null, "juming2026"))))
			.contains("至少三类");
		assertThat(detail(street.postJson("/api/identity/users",
				newUser(unique("dept"), STREET, "[\"DEPARTMENT\"]", null, "Bumen#2026x"))))
			.contains("必须选择您管辖范围内的所属部门");
		assertThat(detail(street.postJson("/api/identity/users",
				newUser(unique("dept"), STREET, "[\"DEPARTMENT\"]", "210105-CG", "Bumen#2026x"))))
			.as("a district department is outside a street's scope")
			.contains("必须选择您管辖范围内的所属部门");
		assertThat(detail(street.postJson("/api/identity/users",
				newUser(unique("dept"), STREET, "[\"RESIDENT\"]", "210105-CG-001", "Bumen#2026x"))))
			.contains("只有职能部门处置人员");
		assertThat(street
			.postJson("/api/identity/users",
					newUser(unique("dept"), STREET, "[\"DEPARTMENT\"]", "210105-CG-001", "Bumen#2026x"))
			.status()).as("the street's own squad").isEqualTo(201);
		TestHttp.Response invalid = street.postJson("/api/identity/users",
				"{\"username\":\"a b\",\"displayName\":\"\",\"orgCode\":\"" + STREET + "\",\"roles\":[]}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() {
		String username = unique("off");
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		long id = admin
			.postJson("/api/identity/users", newUser(username, "210105001002", "[\"RESIDENT\"]", null, "Jumin#2026xy"))
			.json()
			.path("id")
			.asLong();
		TestHttp signedIn = http().loginAs(username, "Jumin#2026xy");
		assertThat(signedIn.get("/api/identity/me").status()).isEqualTo(200);
		assertThat(admin.postJson("/api/identity/users/" + id + "/disable", "{}").status()).isEqualTo(204);
		assertThat(signedIn.get("/api/identity/me").status()).as("its session ends at once").isEqualTo(401);
		assertThat(http().login(username, "Jumin#2026xy").header("Location")).endsWith("/login?error");
		assertThat(admin.postJson("/api/identity/users/" + id + "/enable", "{}").status()).isEqualTo(204);
		http().loginAs(username, "Jumin#2026xy");
	}

	@Test
	void theSecurityAdministratorResetsAPasswordThatMustThenBeChanged() {
		String username = unique("reset");
		long id = http().loginAs(DemoUser.ADMIN)
			.postJson("/api/identity/users", newUser(username, "210105001002", "[\"RESIDENT\"]", null, "Jumin#2026xy"))
			.json()
			.path("id")
			.asLong();
		TestHttp before = http().loginAs(username, "Jumin#2026xy");
		TestHttp secadmin = http().loginAs(DemoUser.SECURITY_ADMIN);
		assertThat(secadmin
			.postJson("/api/identity/users/" + id + "/password-reset", "{\"temporaryPassword\":\"Linshi#2026q\"}")
			.status()).isEqualTo(204);
		assertThat(before.get("/").header("Location")).as("its session ends at once").endsWith("/login?replaced");
		TestHttp user = http().loginAs(username, "Linshi#2026q");
		assertThat(user.get("/").header("Location")).endsWith("/account/password");
	}

	@Test
	void departmentStaffAreScopedToTheirDepartmentsSubtree() {
		JsonNode me = http().loginAs(DemoUser.DEPARTMENT).get("/api/identity/me").json();
		assertThat(me.path("departmentCode").asString()).isEqualTo("210105-CG");
		assertThat(me.path("scopeName").asString()).isEqualTo("皇姑区城市管理局");
		List<String> departments = new ArrayList<>();
		http().loginAs(DemoUser.DEPARTMENT)
			.get("/api/identity/me/departments")
			.json()
			.forEach((department) -> departments.add(department.path("code").asString()));
		assertThat(departments).contains("210105-CG", "210105-CG-001")
			.allSatisfy((code) -> assertThat(code).startsWith("210105-CG"));
		JsonNode housing = http().loginAs(DemoUser.DEPARTMENT_HOUSING).get("/api/identity/me").json();
		assertThat(housing.path("departmentCode").asString()).isEqualTo("210105-ZJ");
		assertThat(
				http().loginAs(DemoUser.DEPARTMENT_MARKET).get("/api/identity/me").json().path("scopeName").asString())
			.isEqualTo("皇姑区市场监督管理局");
	}

	@Test
	void anAdministratorAddsADepartmentBelowAnotherAndItsStaffSeeIt() {
		String code = "210105-CG-T"
				+ Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
		String body = "{\"code\":\"" + code + "\",\"name\":\"测试执法中队\",\"parentCode\":\"210105-CG\"," + "\"orgCode\":\""
				+ OTHER_STREET + "\"}";
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response created = admin.postJson("/api/identity/departments", body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(admin.postJson("/api/identity/departments", body).status()).isEqualTo(409);
		assertThat(http().loginAs(DemoUser.DEPARTMENT).get("/api/identity/me/departments").body()).contains(code);
		assertThat(http().loginAs(DemoUser.DEPARTMENT_HOUSING).get("/api/identity/me/departments").body())
			.doesNotContain(code);
		assertThat(detail(admin.postJson("/api/identity/departments",
				"{\"code\":\"210105-XX-1\",\"name\":\"x\",\"parentCode\":\"210105-CG\",\"orgCode\":\"210105\"}")))
			.contains("210105-CG");
		assertThat(http().loginAs(DemoUser.STREET_ADMIN)
			.postJson("/api/identity/departments", body.replace(code, code + "S"))
			.status()).as("the other street is outside the street administrator's scope").isEqualTo(404);
	}

	@Test
	void aGridWorkerAccountBelongsToAGridAndSeesOnlyThatGrid() {
		assertThatThrownBy(() -> this.accounts.createGridWorkerIfAbsent("210105001002", unique("gw"), "网格员",
				"Wangge#2026x", false))
			.isInstanceOf(InvalidInputException.class);
		String grid = "210105001002999";
		// grids are the org module's; a test grid is enough to create the account on
		if (this.jdbc.sql("select count(*) from org_unit where code = ?")
			.param(grid)
			.query(Integer.class)
			.single() == 0) {
			this.jdbc
				.sql("insert into org_unit (code, name, level, parent_code, path, updated_at)"
						+ " values (?, ?, 'GRID', '210105001002', ?, ?)")
				.params(grid, "桔蔷社区测试网格", "/21/2101/210105/210105001/210105001002/" + grid + "/",
						Timestamp.from(Instant.now()))
				.update();
		}
		String username = unique("gw");
		assertThat(this.accounts.createGridWorkerIfAbsent(grid, username, "测试网格员", "Wangge#2026x", false)).isTrue();
		assertThat(this.accounts.createGridWorkerIfAbsent(grid, username, "测试网格员", "Wangge#2026x", false)).isFalse();
		TestHttp worker = http().loginAs(username, "Wangge#2026x");
		JsonNode me = worker.get("/api/identity/me").json();
		assertThat(me.path("roles").get(0).asString()).isEqualTo("GRID_WORKER");
		assertThat(me.path("orgCode").asString()).isEqualTo(grid);
		assertThat(worker.get("/api/org/units/" + grid).status()).isEqualTo(200);
		assertThat(worker.get("/api/org/units/210105001002").status()).isEqualTo(404);
	}

	private long idOf(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private static String detail(TestHttp.Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.json().path("detail").asString();
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}

	private static String newUser(String username, String orgCode, String roles, String departmentCode,
			String password) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"测试 " + username + "\",\"orgCode\":\"" + orgCode
				+ "\",\"roles\":" + roles + ",\"departmentCode\":"
				+ ((departmentCode != null) ? "\"" + departmentCode + "\"" : "null") + ",\"initialPassword\":\""
				+ password + "\"}";
	}

}
