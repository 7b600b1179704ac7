package org.gongzhi.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking over (迁入) a person registered in another community: the worker learns only the
 * masked name, the move keeps the history (the old stay ends, the new begins), the former
 * community's details stay hidden, and the move is audited.
 */
abstract class MoveInContract extends ApplicationTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	private PersonalDataVault vault;

	@Autowired
	private AuditLog audit;

	@Test
	void aPersonOfAnotherCommunityIsNamedOnlyMaskedAndMovedInWithTheirHistoryKept() {
		String id = RegistryFixture.newIdNumber();
		LocalDate today = LocalDate.now(BEIJING);
		ElsewhereFixture.Registered elsewhere = new ElsewhereFixture(this.jdbc, this.vault).person("欧阳小明", id,
				"邻社区 9 号楼 1-101", today.minusYears(2));
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		long household = fixture.household();

		// registering the number again is refused: the masked name, nothing of where
		TestHttp.Response refused = fixture.register(household, "欧阳小明", id, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().has("personId")).isFalse();
		assertThat(refused.json().path("maskedName").asString()).isEqualTo("欧**明");
		assertThat(refused.json().path("moveIn").asBoolean()).isTrue();
		assertThat(refused.json().path("detail").asString()).contains("欧**明").contains("迁入");
		assertThat(refused.body()).doesNotContain("欧阳小明")
			.doesNotContain("邻社区")
			.doesNotContain(ElsewhereFixture.OTHER_GRID);

		// the move-in, a week ago, with a new phone
		LocalDate movedIn = today.minusDays(7);
		String newPhone = RegistryFixture.newPhone();
		TestHttp.Response moved = community.postJson("/api/registry/persons/move-in", """
				{"householdId":%d,"name":"欧阳小明","idType":"RESIDENT_ID","idNumber":"%s","phone":"%s",
				 "residence":"FLOATING","relation":"HEAD","moveInDate":"%s"}""".formatted(household, id, newPhone,
				movedIn));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		JsonNode person = moved.json();
		assertThat(person.path("id").asLong()).isEqualTo(elsewhere.person());
		assertThat(person.path("householdId").asLong()).isEqualTo(household);
		assertThat(person.path("orgCode").asString()).isEqualTo(RegistryFixture.GRID);
		assertThat(person.path("moveInDate").asString()).isEqualTo(movedIn.toString());
		assertThat(person.path("phone").asString()).isEqualTo(Masking.phone(newPhone));
		// one record per number, never a second one
		assertThat(this.jdbc.sql("select count(*) from registry_person where id_number_hash = ?")
			.param(this.vault.searchHash("id:RESIDENT_ID", id))
			.query(Long.class)
			.single()).isOne();

		JsonNode history = community.get("/api/registry/persons/" + elsewhere.person() + "/history").json();
		JsonNode stays = history.path("stays");
		assertThat(stays).hasSize(2);
		assertThat(stays.get(0).path("elsewhere").asBoolean()).isFalse();
		assertThat(stays.get(0).path("movedIn").asString()).isEqualTo(movedIn.toString());
		assertThat(stays.get(0).path("movedOut").isNull()).isTrue();
		// the old stay ended on the move-in date; where it was is not shown
		assertThat(stays.get(1).path("elsewhere").asBoolean()).isTrue();
		assertThat(stays.get(1).path("movedOut").asString()).isEqualTo(movedIn.toString());
		assertThat(stays.get(1).path("address").isNull()).isTrue();
		assertThat(stays.get(1).path("houseId").isNull()).isTrue();
		JsonNode entries = history.path("entries");
		assertThat(entries.get(0).path("kind").asString()).isEqualTo("MOVED_IN");
		assertThat(entries.get(0).path("detail").asString()).contains("moved in: " + movedIn)
			.contains("phone: " + Masking.phone(elsewhere.phone()) + " → " + Masking.phone(newPhone))
			.contains("residence: REGISTERED → FLOATING")
			.doesNotContain(newPhone);
		JsonNode theirs = entries.get(entries.size() - 1);
		assertThat(theirs.path("elsewhere").asBoolean()).isTrue();
		assertThat(theirs.path("actor").isNull()).isTrue();
		assertThat(theirs.path("detail").isNull()).isTrue();
		String everything = community.get("/api/registry/persons/" + elsewhere.person() + "/history").body()
				+ community.get("/api/registry/persons/" + elsewhere.person() + "/visits").body()
				+ community.get("/registry/persons/" + elsewhere.person()).body();
		assertThat(everything).doesNotContain("邻社区").doesNotContain("neighbour");

		// the visit duty follows the person; the old house and household are left as they
		// were
		assertThat(community.get("/api/registry/persons/" + elsewhere.person() + "/groups")
			.json()
			.get(0)
			.path("orgCode")
			.asString()).isEqualTo(RegistryFixture.GRID);
		assertThat(this.jdbc.sql("select head_person_id from registry_household where id = ?")
			.param(elsewhere.household())
			.query()
			.singleRow()
			.get("head_person_id")).isNull();

		AuditEntry audited = this.audit.latest(Persons.MOVED_IN, "community", 1).get(0);
		assertThat(audited.target()).isEqualTo("registry-person:" + elsewhere.person());
		assertThat(audited.detail()).contains("from " + ElsewhereFixture.OTHER_GRID)
			.contains("to " + RegistryFixture.GRID)
			.contains(movedIn.toString())
			.doesNotContain(id);

		// moving into the same household again, or a number nobody holds
		assertThat(community
			.postJson("/api/registry/persons/move-in", RegistryFixture.personJson(household, "欧阳小明", id, null))
			.status()).isEqualTo(409);
		TestHttp.Response nobody = community.postJson("/api/registry/persons/move-in",
				RegistryFixture.personJson(household, "无此人", RegistryFixture.newIdNumber(), null));
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(nobody.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aMoveInDateBeforeTheCurrentStayOrInTheFutureIsAFieldError() {
		String id = RegistryFixture.newIdNumber();
		LocalDate today = LocalDate.now(BEIJING);
		new ElsewhereFixture(this.jdbc, this.vault).person("李某", id, "邻社区 3 号楼", today.minusDays(10));
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		long household = new RegistryFixture(community).household();
		String body = """
				{"householdId":%d,"name":"李某","idType":"RESIDENT_ID","idNumber":"%s","residence":"REGISTERED",
				 "moveInDate":"%s"}""";
		TestHttp.Response before = community.postJson("/api/registry/persons/move-in",
				body.formatted(household, id, today.minusDays(20)));
		assertThat(before.status()).isEqualTo(400);
		assertThat(before.json().path("detail").asString()).contains("迁入日期");
		TestHttp.Response future = community.postJson("/api/registry/persons/move-in",
				body.formatted(household, id, today.plusDays(2)), "Accept-Language", "en");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("moveInDate");
		// nothing moved
		assertThat(this.jdbc.sql("select org_code from registry_person where id_number_hash = ?")
			.param(this.vault.searchHash("id:RESIDENT_ID", id))
			.query(String.class)
			.single()).isEqualTo(ElsewhereFixture.OTHER_GRID);
	}

	@Test
	void theMoveInPageOffersTheTakeOverAndMovesThePerson() {
		String id = RegistryFixture.newIdNumber();
		ElsewhereFixture.Registered elsewhere = new ElsewhereFixture(this.jdbc, this.vault).person("张三丰", id,
				"邻社区 5 号楼", LocalDate.now(BEIJING).minusYears(1));
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		long household = new RegistryFixture(community).household();
		Map<String, String> form = Map.of("householdId", String.valueOf(household), "name", "张三丰", "idType",
				"RESIDENT_ID", "idNumber", id, "residence", "REGISTERED", "relation", "HEAD", "phone", "", "moveInDate",
				"");
		String offered = community.postForm("/registry/households/" + household + "/members", form).body();
		assertThat(offered).contains("data-testid=\"move-in\"").contains("张*丰").doesNotContain("邻社区");
		TestHttp.Response moved = community.postForm("/registry/households/" + household + "/move-in", form);
		assertThat(moved.status()).isEqualTo(302);
		assertThat(community.get(java.net.URI.create(moved.header("Location")).getPath()).body())
			.contains("data-testid=\"moved-in\"")
			.contains("张三丰");
		assertThat(community.get("/api/registry/persons/" + elsewhere.person()).json().path("householdId").asLong())
			.isEqualTo(household);
	}

}
