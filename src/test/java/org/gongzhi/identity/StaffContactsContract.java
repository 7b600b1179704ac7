package org.gongzhi.identity;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's position and work phone, on H2 and PostgreSQL: the phone is kept
 * encrypted, shown masked to administrators (who never see it in full, 三员分立), and opened
 * in full only by working colleagues of the scope, with a reason, each view audited.
 */
abstract class StaffContactsContract extends ApplicationTest {

	static final String PASSWORD = "Tongxun#2026x";

	static final String COMMUNITY = "210105001002";

	@Autowired
	private AuditLog audit;

	@Test
	void anAdministratorRecordsPositionAndPhoneWhichAreStoredEncryptedAndShownMasked() {
		String username = "staff" + System.nanoTime() % 10_000_000;
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response created = admin.postJson("/api/identity/users", create(username, "+86 139-0011-2233"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("position").asString()).isEqualTo("网格长");
		assertThat(created.json().path("maskedPhone").asString()).isEqualTo("139****2233");
		assertThat(created.body()).doesNotContain("13900112233");

		String stored = this.jdbc.sql("select phone_cipher from app_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContain("13900112233").doesNotContain("2233");
		assertThat(admin.get("/api/identity/users?q=" + username).body()).contains("139****2233")
			.doesNotContain("13900112233");
		assertThat(admin.get("/identity/users?q=" + username).body()).contains("139****2233")
			.doesNotContain("13900112233");
		assertThat(this.audit.latest("USER_CREATED", "admin", 1).get(0).detail()).doesNotContain("2233");
	}

	@Test
	void aWrongPhoneIsRefusedNextToItsFieldInTheApiAndOnThePage() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response refused = admin.postJson("/api/identity/users",
				create("bad" + System.nanoTime() % 1_000_000, "1234567"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("field").asString()).isEqualTo("phone");
		assertThat(refused.json().path("detail").asString()).contains("11 位手机号码");

		TestHttp.Response page = admin.postForm("/identity/users/new",
				Map.of("username", "bad" + System.nanoTime() % 1_000_000, "displayName", "错号码", "orgCode", COMMUNITY,
						"roles", "GRID_WORKER", "initialPassword", PASSWORD, "phone", "0245555"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"error-phone\">请输入 11 位手机号码");
	}

	@Test
	void anEditWithoutAPhoneKeepsItAnEmptyOneRemovesItAndTheLogNeverNamesTheNumber() {
		String username = "keep" + System.nanoTime() % 10_000_000;
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		long id = admin.postJson("/api/identity/users", create(username, "13700001111")).json().path("id").asLong();
		JsonNode kept = admin
			.putJson("/api/identity/users/" + id,
					"{\"displayName\":\"张网格\",\"orgCode\":\"" + COMMUNITY
							+ "\",\"roles\":[\"GRID_WORKER\"],\"enabled\":true,\"position\":\"专职网格员\"}")
			.json();
		assertThat(kept.path("maskedPhone").asString()).isEqualTo("137****1111");
		assertThat(kept.path("position").asString()).isEqualTo("专职网格员");

		JsonNode changed = admin
			.putJson("/api/identity/users/" + id,
					"{\"displayName\":\"张网格\",\"orgCode\":\"" + COMMUNITY
							+ "\",\"roles\":[\"GRID_WORKER\"],\"enabled\":true,\"phone\":\"13700002222\"}")
			.json();
		assertThat(changed.path("maskedPhone").asString()).isEqualTo("137****2222");
		assertThat(changed.path("position").isNull()).as("a full replacement: no position sent, none kept").isTrue();
		AuditEntry entry = this.audit.latest("USER_UPDATED", "admin", 1).get(0);
		assertThat(entry.detail()).contains("phone changed").doesNotContain("2222").doesNotContain("1111");

		JsonNode removed = admin
			.putJson("/api/identity/users/" + id,
					"{\"displayName\":\"张网格\",\"orgCode\":\"" + COMMUNITY
							+ "\",\"roles\":[\"GRID_WORKER\"],\"enabled\":true,\"phone\":\"\"}")
			.json();
		assertThat(removed.path("maskedPhone").isNull()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from app_user where id = ? and phone_cipher is null")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aColleagueSeesTheFullNumberOnlyWithAReasonAndEveryViewIsAudited() {
		String username = "call" + System.nanoTime() % 10_000_000;
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		long id = admin.postJson("/api/identity/users", create(username, "13600003333")).json().path("id").asLong();

		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		JsonNode listed = dispatcher.get("/api/identity/staff?q=" + "网格长").json();
		JsonNode row = null;
		for (JsonNode candidate : listed) {
			if (candidate.path("id").asLong() == id) {
				row = candidate;
			}
		}
		assertThat(row).as("the new grid worker is in the dispatcher's directory").isNotNull();
		assertThat(row.path("maskedPhone").asString()).isEqualTo("136****3333");
		assertThat(listed.toString()).doesNotContain("13600003333");

		TestHttp.Response noReason = dispatcher.postJson("/api/identity/staff/" + id + "/phone-view",
				"{\"reason\":\"\"}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.contentType()).startsWith("application/problem+json");

		long before = this.audit.latest("PERSONAL_DATA_VIEWED", "dispatcher", 1000).size();
		TestHttp.Response revealed = dispatcher.postJson("/api/identity/staff/" + id + "/phone-view",
				"{\"reason\":\"联系核查井盖案件\"}");
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.json().path("phone").asString()).isEqualTo("13600003333");
		AuditEntry entry = this.audit.latest("PERSONAL_DATA_VIEWED", "dispatcher", 1).get(0);
		assertThat(entry.target()).isEqualTo("user:" + username);
		assertThat(entry.detail()).contains("联系核查井盖案件").doesNotContain("3333");
		assertThat(this.audit.latest("PERSONAL_DATA_VIEWED", "dispatcher", 1000)).hasSize((int) before + 1);
	}

	@Test
	void theOfficersAndResidentsCannotOpenANumberAndOutsideTheScopeItDoesNotExist() {
		long community = this.jdbc.sql("select id from app_user where username = 'community'")
			.query(Long.class)
			.single();
		String body = "{\"reason\":\"检查\"}";
		for (DemoUser officer : new DemoUser[] { DemoUser.ADMIN, DemoUser.SECURITY_ADMIN, DemoUser.AUDITOR,
				DemoUser.RESIDENT }) {
			TestHttp caller = http().loginAs(officer);
			assertThat(caller.postJson("/api/identity/staff/" + community + "/phone-view", body).status())
				.as(officer.username())
				.isEqualTo(403);
			assertThat(caller.get("/api/identity/staff").status()).as(officer.username()).isEqualTo(403);
		}
		long district = this.jdbc.sql("select id from app_user where username = 'dispatcher'")
			.query(Long.class)
			.single();
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		assertThat(grid.postJson("/api/identity/staff/" + district + "/phone-view", body).status())
			.as("the district dispatcher lies outside a community grid worker's scope")
			.isEqualTo(404);
		assertThat(grid.get("/api/identity/staff").body()).doesNotContain("区指挥中心派遣员");
	}

	private static String create(String username, String phone) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"张网格\",\"orgCode\":\"" + COMMUNITY
				+ "\",\"roles\":[\"GRID_WORKER\"],\"initialPassword\":\"" + PASSWORD
				+ "\",\"position\":\"网格长\",\"phone\":\"" + phone + "\"}";
	}

}
