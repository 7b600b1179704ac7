package org.gongzhi.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.registry.ProtectionProperties.CipherAlgorithm;
import org.gongzhi.registry.ProtectionProperties.SearchHash;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's persons over the API: validation, encryption at rest, exact search by
 * keyed hash, duplicates merged with history, masking, the audited full view, who may do
 * what, and the data scope.
 */
abstract class RegistryContract extends ApplicationTest {

	@Autowired
	private AuditLog audit;

	@Autowired
	private PersonalDataVault vault;

	@Autowired
	private Environment environment;

	@Autowired
	private PlatformTransactionManager transactions;

	private TestHttp as(DemoUser user) {
		return http().loginAs(user);
	}

	@Test
	void aRegisteredPersonIsAnsweredMaskedAndStoredEncrypted() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		String phone = RegistryFixture.newPhone();
		JsonNode person = fixture.person(fixture.household(), "王小明", id, phone);
		assertThat(person.path("idNumber").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(person.path("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(person.path("birthDate").asString()).isEqualTo(IdNumbers.birthDate(id).orElseThrow().toString());
		assertThat(person.path("orgCode").asString()).isEqualTo(RegistryFixture.GRID);
		Map<String, Object> row = this.jdbc.sql("select id_number, phone from registry_person where id = ?")
			.param(person.path("id").asLong())
			.query()
			.singleRow();
		assertThat((String) row.get("id_number")).startsWith("demo1:AES_GCM:").doesNotContain(id);
		assertThat((String) row.get("phone")).startsWith("demo1:AES_GCM:").doesNotContain(phone);
		assertThat(community.get("/api/registry/persons?q=王小明&limit=100").body()).doesNotContain(id)
			.doesNotContain(phone)
			.contains(person.path("idNumber").asString());
	}

	@Test
	void anIdNumberWithAWrongCheckDigitIsAFieldErrorInTheCallersLanguage() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		long household = fixture.household();
		String id = RegistryFixture.newIdNumber();
		char wrong = (id.charAt(17) == '1') ? '2' : '1';
		String body = RegistryFixture.personJson(household, "李四", id.substring(0, 17) + wrong, "12345678901");
		TestHttp.Response zh = community.postJson("/api/registry/persons", body);
		assertThat(zh.status()).isEqualTo(400);
		assertThat(zh.contentType()).startsWith("application/problem+json");
		assertThat(fieldError(zh.json(), "idNumber")).contains("校验位");
		assertThat(fieldError(zh.json(), "phone")).contains("11 位");
		TestHttp.Response en = community.postJson("/api/registry/persons", body, "Accept-Language", "en");
		assertThat(fieldError(en.json(), "idNumber")).contains("check digit");
	}

	@Test
	void idNumbersAndDatesAreCheckedAgainstTheApplicationClock() {
		// three days on, someone born the day after tomorrow (by the wall clock) exists
		this.clock.advance(java.time.Duration.ofDays(3));
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		java.time.LocalDate wallToday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String newborn = RegistryFixture.idNumberBornOn(wallToday.plusDays(2));
		TestHttp.Response registered = fixture.register(fixture.household(), "新生儿", newborn, null);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().path("birthDate").asString()).isEqualTo(wallToday.plusDays(2).toString());
		// but not someone born after the application's today
		String unborn = RegistryFixture.idNumberBornOn(wallToday.plusDays(5));
		TestHttp.Response refused = fixture.register(fixture.household(), "未出生", unborn, null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fieldError(refused.json(), "idNumber")).contains("出生日期");
		String moveIn = RegistryFixture.personJson(fixture.household(), "迁入者", RegistryFixture.newIdNumber(), null)
			.replace("\"relation\"", "\"moveInDate\":\"" + wallToday.plusDays(2) + "\",\"relation\"");
		assertThat(community.postJson("/api/registry/persons", moveIn).status()).isEqualTo(201);
	}

	@Test
	void aSecondRegistrationOfAnIdNumberIsRefusedAndMergedWithHistory() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		String firstPhone = RegistryFixture.newPhone();
		long first = fixture.person(fixture.household(), "赵六", id, firstPhone).path("id").asLong();
		long otherHousehold = fixture.household();
		String newPhone = RegistryFixture.newPhone();
		// the same number typed with a lower-case x or blanks is the same number
		TestHttp.Response duplicate = fixture.register(otherHousehold, "赵六", id.toLowerCase(), newPhone);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().path("personId").asLong()).isEqualTo(first);
		assertThat(this.jdbc.sql("select count(*) from registry_person where id_number_hash = ?")
			.param(this.vault.searchHash("id:RESIDENT_ID", id))
			.query(Long.class)
			.single()).isOne();

		TestHttp.Response merged = community.postJson("/api/registry/persons/" + first + "/merge?version=0",
				RegistryFixture.personJson(otherHousehold, "赵六", id, newPhone));
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		assertThat(merged.json().path("householdId").asLong()).isEqualTo(otherHousehold);
		JsonNode history = community.get("/api/registry/persons/" + first + "/history").json();
		String changes = history.path("entries").get(0).path("detail").asString();
		assertThat(history.path("entries").get(0).path("kind").asString()).isEqualTo("MERGED");
		assertThat(changes).contains("phone: " + Masking.phone(firstPhone) + " → " + Masking.phone(newPhone))
			.doesNotContain(firstPhone)
			.doesNotContain(newPhone);
		assertThat(history.path("stays")).hasSize(2);
		assertThat(history.path("stays").get(1).path("movedOut").isNull()).isFalse();
		assertThat(history.path("stays").get(0).path("movedOut").isNull()).isTrue();
		// a merge from a stale version is refused
		assertThat(community
			.postJson("/api/registry/persons/" + first + "/merge?version=0",
					RegistryFixture.personJson(otherHousehold, "赵六", id, firstPhone))
			.status()).isEqualTo(409);
	}

	@Test
	void exactSearchByIdNumberOrPhoneFindsThePersonThroughItsHash() {
		TestHttp grid = as(DemoUser.GRID_WORKER);
		RegistryFixture fixture = new RegistryFixture(grid);
		String id = RegistryFixture.newIdNumber();
		String phone = RegistryFixture.newPhone();
		long person = fixture.person(fixture.household(), "钱七", id, phone).path("id").asLong();
		JsonNode byId = grid.postJson("/api/registry/persons/search", "{\"idNumber\":\" " + id.toLowerCase() + "\"}")
			.json();
		assertThat(byId).hasSize(1);
		assertThat(byId.get(0).path("id").asLong()).isEqualTo(person);
		JsonNode byPhone = grid.postJson("/api/registry/persons/search", "{\"phone\":\"" + phone + "\"}").json();
		assertThat(byPhone.get(0).path("id").asLong()).isEqualTo(person);
		assertThat(grid
			.postJson("/api/registry/persons/search", "{\"idNumber\":\"" + RegistryFixture.newIdNumber() + "\"}")
			.json()).isEmpty();
	}

	@Test
	void theFullValueNeedsAReasonAndIsAudited() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		String phone = RegistryFixture.newPhone();
		long person = fixture.person(fixture.household(), "孙八", id, phone).path("id").asLong();
		String path = "/api/registry/persons/" + person + "/full-view";
		assertThat(community.postJson(path, "{\"reason\":\"\"}").status()).isEqualTo(400);

		JsonNode full = community.postJson(path, "{\"reason\":\"办理低保核对身份\"}").json();
		assertThat(full.path("idNumber").asString()).isEqualTo(id);
		assertThat(full.path("phone").asString()).isEqualTo(phone);
		List<AuditEntry> entries = this.audit.latest(FullView.ACTION, "community", 1);
		assertThat(entries.get(0).target()).isEqualTo("registry-person:" + person);
		assertThat(entries.get(0).outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
		assertThat(entries.get(0).detail()).contains("办理低保核对身份").doesNotContain(id).doesNotContain(phone);

		TestHttp grid = as(DemoUser.GRID_WORKER);
		assertThat(grid.postJson(path, "{\"reason\":\"入户走访核实\"}").json().path("idNumber").asString()).isEqualTo(id);
	}

	@Test
	void theAdministratorSeesNoPersonalData() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		long person = fixture.person(fixture.household(), "周九", RegistryFixture.newIdNumber(), null)
			.path("id")
			.asLong();
		TestHttp admin = as(DemoUser.ADMIN);
		assertThat(admin.get("/api/registry/persons").status()).isEqualTo(403);
		assertThat(admin.get("/api/registry/persons/" + person).status()).isEqualTo(403);
		TestHttp.Response denied = admin.postJson("/api/registry/persons/" + person + "/full-view",
				"{\"reason\":\"我想看看\"}");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.body()).doesNotContain("idNumber");
		AuditEntry entry = this.audit.latest(FullView.ACTION, "admin", 1).get(0);
		assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
		assertThat(entry.target()).isEqualTo("registry-person:" + person);
		assertThat(as(DemoUser.LEADER).get("/api/registry/persons").status()).isEqualTo(403);
		assertThat(http().get("/api/registry/persons").status()).isEqualTo(401);
	}

	@Test
	void theAdministratorSeesCoverageCountsButNoPersonRow() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		String name = "覆盖" + id.substring(14);
		long person = fixture.person(fixture.household(), name, id, RegistryFixture.newPhone()).path("id").asLong();
		TestHttp admin = as(DemoUser.ADMIN);
		// no person, not in a list, not in full, not on a page
		assertThat(admin.get("/api/registry/persons?q=" + name).status()).isEqualTo(403);
		assertThat(admin.get("/api/registry/persons/" + person).status()).isEqualTo(403);
		assertThat(admin.get("/api/registry/persons/" + person + "/history").status()).isEqualTo(403);
		assertThat(admin.postJson("/api/registry/persons/search", "{\"idNumber\":\"" + id + "\"}").status())
			.isEqualTo(403);
		assertThat(admin.postJson("/api/registry/persons/" + person + "/full-view", "{\"reason\":\"统计核对需要\"}").status())
			.isEqualTo(403);
		assertThat(admin.get("/api/registry/visits/overdue").status()).isEqualTo(403);
		assertThat(admin.get("/registry").status()).isEqualTo(403);
		assertThat(admin.get("/registry/persons/" + person).status()).isEqualTo(403);
		// the figures, which are counts
		TestHttp.Response coverage = admin.get("/api/registry/coverage?org=" + RegistryFixture.GRID);
		assertThat(coverage.status()).isEqualTo(200);
		assertThat(coverage.json().path("figures").path("persons").asLong()).isPositive();
		assertThat(admin.get("/registry/coverage?org=" + RegistryFixture.COMMUNITY).status()).isEqualTo(200);
		String shown = coverage.body() + admin.get("/registry/coverage?org=" + RegistryFixture.GRID).body()
				+ admin.get("/registry/coverage/panel?org=" + RegistryFixture.GRID).body();
		assertThat(shown).doesNotContain(name)
			.doesNotContain(Masking.idNumber(id))
			.doesNotContain("/registry/persons/");
	}

	@Test
	void personsOutsideTheCallersScopeAreNotFound() {
		// a person of another community (桔蔷社区's neighbour), written as that community's
		// worker would have
		String otherGrid = "210105001003001";
		String id = RegistryFixture.newIdNumber();
		long house = this.jdbc.sql("insert into registry_house (org_code, address, house_use, occupancy, created_at,"
				+ " updated_at) values (?, '别处 1 号', 'RESIDENTIAL', 'RENTED', current_timestamp, current_timestamp)")
			.param(otherGrid)
			.update() > 0 ? this.jdbc.sql("select max(id) from registry_house").query(Long.class).single() : 0;
		this.jdbc
			.sql("insert into registry_household (org_code, house_id, created_at, updated_at)"
					+ " values (?, ?, current_timestamp, current_timestamp)")
			.params(otherGrid, house)
			.update();
		long household = this.jdbc.sql("select max(id) from registry_household").query(Long.class).single();
		this.jdbc
			.sql("insert into registry_person (org_code, household_id, name, gender, id_type, id_number,"
					+ " id_number_hash, id_number_masked, residence, created_at, updated_at)"
					+ " values (?, ?, '吴十', 'MALE', 'RESIDENT_ID', ?, ?, ?, 'REGISTERED', current_timestamp,"
					+ " current_timestamp)")
			.params(otherGrid, household, this.vault.encrypt(Persons.ID_NUMBER, id),
					this.vault.searchHash("id:RESIDENT_ID", id), Masking.idNumber(id))
			.update();
		long person = this.jdbc.sql("select max(id) from registry_person").query(Long.class).single();

		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		assertThat(community.get("/api/registry/persons/" + person).status()).isEqualTo(404);
		assertThat(community.get("/api/registry/houses/" + house).status()).isEqualTo(404);
		assertThat(community.get("/api/registry/households/" + household).status()).isEqualTo(404);
		assertThat(community.postJson("/api/registry/persons/" + person + "/full-view", "{\"reason\":\"核实身份信息\"}")
			.status()).isEqualTo(404);
		assertThat(community.get("/api/registry/persons?q=吴十&movedOut=true").json()).isEmpty();
		assertThat(community.postJson("/api/registry/persons/search", "{\"idNumber\":\"" + id + "\"}").json())
			.isEmpty();
		// registering the same number here tells that it exists elsewhere, not where
		TestHttp.Response duplicate = new RegistryFixture(community)
			.register(new RegistryFixture(community).household(), "吴十", id, null);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().has("personId")).isFalse();
		// a house in a grid outside the scope cannot be added
		assertThat(community
			.postJson("/api/registry/houses",
					"""
							{"gridCode":"%s","address":"别处 2 号","use":"RESIDENTIAL","occupancy":"VACANT"}"""
						.formatted(otherGrid))
			.status()).isEqualTo(404);
	}

	@Test
	void anOrganizationNeedsAValidCreditCode() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		TestHttp.Response bad = community.postJson("/api/registry/organizations", """
				{"gridCode":"%s","name":"某某物业","kind":"PROPERTY_COMPANY","creditCode":"91350100M000100Y44"}"""
			.formatted(RegistryFixture.GRID));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fieldError(bad.json(), "creditCode")).contains("GB 32100");
	}

	@Test
	void reEncryptionMovesEveryValueToTheCurrentKeyAndBack() {
		TestHttp community = as(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		long person = fixture.person(fixture.household(), "郑一", id, RegistryFixture.newPhone()).path("id").asLong();
		String demo1 = this.environment.getProperty("gongzhi.registry.protection.keys.demo1");
		String search = this.environment.getProperty("gongzhi.registry.protection.search-key");
		String k2 = java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');
		PersonalDataVault rotated = new PersonalDataVault(new ProtectionProperties(CipherAlgorithm.SM4_GCM, "k2",
				Map.of("demo1", demo1, "k2", k2), search, SearchHash.HMAC_SHA256, java.util.Set.of()));
		PersonalDataVault back = new PersonalDataVault(new ProtectionProperties(CipherAlgorithm.AES_GCM, "demo1",
				Map.of("demo1", demo1, "k2", k2), search, SearchHash.HMAC_SHA256, java.util.Set.of()));
		try {
			assertThat(new KeyRotation(this.jdbc, rotated, this.transactions).reEncryptAll()).isPositive();
			String stored = storedIdNumber(person);
			assertThat(stored).startsWith("k2:SM4_GCM:");
			assertThat(rotated.decrypt(Persons.ID_NUMBER, stored)).isEqualTo(id);
			assertThat(new KeyRotation(this.jdbc, rotated, this.transactions).reEncryptAll()).isZero();
		}
		finally {
			new KeyRotation(this.jdbc, back, this.transactions).reEncryptAll();
		}
		assertThat(storedIdNumber(person)).startsWith("demo1:AES_GCM:");
		assertThat(community.postJson("/api/registry/persons/" + person + "/full-view", "{\"reason\":\"核对密钥轮换\"}")
			.json()
			.path("idNumber")
			.asString()).isEqualTo(id);
		assertThat(as(DemoUser.COMMUNITY_WORKER).postJson("/api/registry/protection/re-encryption", "{}").status())
			.isEqualTo(403);
	}

	private String storedIdNumber(long person) {
		return this.jdbc.sql("select id_number from registry_person where id = ?")
			.param(person)
			.query(String.class)
			.single();
	}

	private static String fieldError(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			if (error.path("field").asString().equals(field)) {
				return error.path("message").asString();
			}
		}
		return "(no error on " + field + " in " + problem + ")";
	}

}
