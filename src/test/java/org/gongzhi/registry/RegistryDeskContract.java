package org.gongzhi.registry;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's desk beyond persons, on each database: buildings with their houses, a
 * house changed, key places and organizations added and changed (API and pages, field
 * errors at the field), the administrator's special groups, overdue visits on the
 * community's list and on the grid worker's phone home, all within the caller's scope.
 */
abstract class RegistryDeskContract extends ApplicationTest {

	/** A grid of 桔蔷社区 no other test adds buildings to. */
	static final String BUILDING_GRID = RegistryFixture.COMMUNITY + "008";

	@Test
	void aBuildingIsListedWithItsHousesAndAHouseIsChangedInPlace() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String name = "测试楼" + ThreadLocalRandom.current().nextInt(1000, 9999) + "号";
		double[] centre = centre(BUILDING_GRID);
		TestHttp.Response added = community.postJson("/api/registry/buildings", """
				{"gridCode":"%s","name":"%s","floors":6,"units":3,"households":36,"lat":%.7f,"lng":%.7f}"""
			.formatted(BUILDING_GRID, name, centre[0], centre[1]));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String code = added.json().path("code").asString();
		TestHttp.Response house = community.postJson("/api/registry/houses", """
				{"buildingCode":"%s","address":"%s 2-301","unitNo":"2","floorNo":3,"roomNo":"301",
				 "use":"RESIDENTIAL","occupancy":"OWNER_OCCUPIED"}""".formatted(code, name));
		assertThat(house.status()).as(house.body()).isEqualTo(201);
		long houseId = house.json().path("id").asLong();

		JsonNode building = community.get("/api/registry/buildings/" + code).json();
		assertThat(building.path("houses").asLong()).isOne();
		assertThat(building.path("floors").asInt()).isEqualTo(6);
		assertThat(community.get("/registry/buildings?org=" + BUILDING_GRID).body()).contains(name);
		assertThat(community.get("/registry/buildings/" + code).body()).contains(name + " 2-301")
			.contains("/registry/houses/" + houseId);
		assertThat(community.get("/registry/households/new?building=" + code).body())
			.contains("data-testid=\"house-building\"")
			.contains(name);

		// a change keeps the house in its building; the form shows each problem at its
		// field
		Map<String, String> form = new HashMap<>(Map.of("address", "", "unitNo", "2", "floorNo", "3", "roomNo", "302",
				"area", "88.5", "use", "MIXED", "occupancy", "RENTED", "lat", "", "lng", ""));
		String refused = community.postForm("/registry/houses/" + houseId + "/edit", form).body();
		assertThat(refused).contains("id=\"address-error\"");
		form.put("address", name + " 2-302");
		TestHttp.Response saved = community.postForm("/registry/houses/" + houseId + "/edit", form);
		assertThat(saved.status()).isEqualTo(302);
		JsonNode changed = community.get("/api/registry/houses/" + houseId).json();
		assertThat(changed.path("address").asString()).isEqualTo(name + " 2-302");
		assertThat(changed.path("area").asDouble()).isEqualTo(88.5);
		assertThat(changed.path("occupancy").asString()).isEqualTo("RENTED");
		assertThat(changed.path("buildingCode").asString()).isEqualTo(code);
		assertThat(community.putJson("/api/registry/houses/" + houseId, """
				{"address":"%s 2-302","use":"RESIDENTIAL","occupancy":"VACANT"}""".formatted(name))
			.json()
			.path("occupancy")
			.asString()).isEqualTo("VACANT");

		// grid 2's worker sees neither
		TestHttp other = http().loginAs("grid2", DemoUser.password());
		assertThat(other.get("/registry/buildings/" + code).status()).isEqualTo(404);
		assertThat(other.get("/api/registry/buildings/" + code).status()).isEqualTo(404);
		assertThat(other.get("/registry/houses/" + houseId).status()).isEqualTo(404);
		assertThat(other.putJson("/api/registry/houses/" + houseId, """
				{"address":"别人的房子","use":"RESIDENTIAL","occupancy":"VACANT"}""").status()).isEqualTo(404);
		assertThat(other.get("/registry/buildings").body()).doesNotContain(name);
	}

	@Test
	void aKeyPlaceIsAddedAndChangedOnItsPagesKeepingItsPhoneMasked() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String name = "测试网吧" + ThreadLocalRandom.current().nextInt(1000, 9999);
		String phone = RegistryFixture.newPhone();
		Map<String, String> form = new HashMap<>(
				Map.of("gridCode", RegistryFixture.GRID, "name", name, "kind", "INTERNET_CAFE", "riskLevel", "MEDIUM",
						"address", "桔蔷路 1 号", "contactName", "王老板", "phone", "12345", "lat", "", "lng", ""));
		String refused = community.postForm("/registry/places", form).body();
		assertThat(refused).contains("id=\"phone-error\"").contains("11 位");
		form.put("phone", phone);
		TestHttp.Response created = community.postForm("/registry/places", form);
		assertThat(created.status()).isEqualTo(302);
		String path = path(created);
		assertThat(path).matches("/registry/places/\\d+");
		String page = community.get(path).body();
		assertThat(page).contains(name).contains(Masking.phone(phone)).doesNotContain(phone);
		assertThat(community.get("/registry/places?kind=INTERNET_CAFE&q=" + name.substring(4)).body()).contains(name);

		// the edit form never holds the phone; left empty it stays
		String edit = community.get(path + "/edit").body();
		assertThat(edit).doesNotContain(phone).contains(Masking.phone(phone));
		form.put("phone", "");
		form.put("riskLevel", "HIGH");
		assertThat(community.postForm(path, form).status()).isEqualTo(302);
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		JsonNode place = community.get("/api/registry/places/" + id).json();
		assertThat(place.path("riskLevel").asString()).isEqualTo("HIGH");
		assertThat(place.path("phone").asString()).isEqualTo(Masking.phone(phone));
		String newPhone = RegistryFixture.newPhone();
		assertThat(community
			.putJson("/api/registry/places/" + id,
					"""
							{"gridCode":"%s","name":"%s","kind":"INTERNET_CAFE","riskLevel":"LOW","phone":"%s"}"""
						.formatted(RegistryFixture.GRID, name, newPhone))
			.json()
			.path("phone")
			.asString()).isEqualTo(Masking.phone(newPhone));
		assertThat(http().loginAs("grid2", DemoUser.password()).get(path).status()).isEqualTo(404);
		assertThat(http().loginAs(DemoUser.ADMIN).get("/registry/places").status()).isEqualTo(403);
	}

	@Test
	void anOrganizationsCreditCodeIsCheckedAndUniqueAtItsField() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String name = "测试物业公司" + ThreadLocalRandom.current().nextInt(1000, 9999);
		String code = newCreditCode();
		char wrong = (code.charAt(17) == '0') ? '1' : '0';
		Map<String, String> form = new HashMap<>(Map.of("gridCode", RegistryFixture.GRID, "name", name, "kind",
				"PROPERTY_COMPANY", "creditCode", code.substring(0, 17) + wrong, "address", "", "contactName", "",
				"phone", "", "lat", "", "lng", ""));
		String refused = community.postForm("/registry/organizations", form).body();
		assertThat(refused).contains("id=\"creditCode-error\"").contains("GB 32100");
		form.put("creditCode", code.toLowerCase());
		TestHttp.Response created = community.postForm("/registry/organizations", form);
		assertThat(created.status()).isEqualTo(302);
		String path = path(created);
		assertThat(community.get(path).body()).contains(name).contains(code);
		assertThat(community.get("/registry/organizations?q=" + code).body()).contains(name);

		// a second organization may not take the same code, on the page or over the API
		Map<String, String> second = new HashMap<>(form);
		second.put("name", name + "二");
		String other = newCreditCode();
		second.put("creditCode", other);
		String secondPath = path(community.postForm("/registry/organizations", second));
		second.put("creditCode", code);
		String duplicate = community.postForm(secondPath, second).body();
		assertThat(duplicate).contains("id=\"creditCode-error\"").contains("已登记");
		long secondId = Long.parseLong(secondPath.substring(secondPath.lastIndexOf('/') + 1));
		TestHttp.Response conflict = community.putJson("/api/registry/organizations/" + secondId, """
				{"gridCode":"%s","name":"%s","kind":"ENTERPRISE","creditCode":"%s"}""".formatted(RegistryFixture.GRID,
				name, code), "Accept-Language", "en");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.contentType()).startsWith("application/problem+json");
		assertThat(community.get("/api/registry/organizations/" + secondId).json().path("creditCode").asString())
			.isEqualTo(other);
	}

	@Test
	void theAdministratorConfiguresSpecialGroupsOnAPageWithoutSeeingAnyone() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		String code = "TEST_" + ThreadLocalRandom.current().nextInt(10000, 99999);
		Map<String, String> form = new HashMap<>(Map.of("code", "bad code", "nameZh", "测试人群", "nameEn", "Test group",
				"visitIntervalDays", "0", "riskLevel", "HIGH", "sortOrder", "500", "active", "true"));
		String refused = admin.postForm("/registry/groups", form).body();
		assertThat(refused).contains("id=\"code-error\"").contains("id=\"visitIntervalDays-error\"");
		form.put("code", code);
		form.put("visitIntervalDays", "14");
		assertThat(admin.postForm("/registry/groups", form).status()).isEqualTo(302);
		assertThat(admin.postForm("/registry/groups", form).body()).contains("id=\"code-error\"");
		form.put("visitIntervalDays", "21");
		form.remove("active");
		form.put("_active", "on");
		assertThat(admin.postForm("/registry/groups/" + code, form).status()).isEqualTo(302);
		JsonNode saved = null;
		for (JsonNode type : admin.get("/api/registry/groups").json()) {
			if (type.path("code").asString().equals(code)) {
				saved = type;
			}
		}
		assertThat(saved).isNotNull();
		assertThat(saved.path("visitIntervalDays").asInt()).isEqualTo(21);
		assertThat(saved.path("riskLevel").asString()).isEqualTo("HIGH");
		assertThat(saved.path("active").asBoolean()).isFalse();
		assertThat(admin.get("/registry/groups").body()).contains(code).contains("每 21 天");
		assertThat(admin.get("/registry/groups/NO_SUCH_GROUP/edit").status()).isEqualTo(404);
		assertThat(http().loginAs(DemoUser.COMMUNITY_WORKER).get("/registry/groups").status()).isEqualTo(403);
	}

	@Test
	void overdueVisitsAreOnTheCommunitysListAndOnTheGridWorkersPhoneHome() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		String name = "逾期" + id.substring(14);
		long person = fixture.person(fixture.household(), name, id, null).path("id").asLong();
		assertThat(community.postJson("/api/registry/persons/" + person + "/groups", "{\"groupCode\":\"DRUG_USER\"}")
			.status()).isEqualTo(201);
		assertThat(community.get("/registry/visits/overdue").body()).doesNotContain(name);
		// the visit was due five days ago
		this.jdbc.sql("update registry_group_member set next_visit_due = ? where person_id = ?")
			.params(Date.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(5)), person)
			.update();

		String list = community.get("/registry/visits/overdue").body();
		assertThat(list).contains(name).contains("/registry/persons/" + person + "/visits/new").contains("已逾期 5 天");
		assertThat(community.get("/registry/visits/overdue?group=DRUG_USER&org=" + RegistryFixture.GRID).body())
			.contains(name);
		assertThat(community.get("/registry/visits/overdue?group=DISABLED").body()).doesNotContain(name);
		assertThat(community.get("/registry/visits/overdue?org=" + RegistryFixture.COMMUNITY + "002").body())
			.doesNotContain(name);

		// the phone home of grid 1's worker loads the registry's section, which lists
		// them
		TestHttp grid1 = http().loginAs("grid1", DemoUser.password());
		String home = grid1.get("/m").body();
		assertThat(home).contains("data-section=\"registry-overdue-visits\"")
			.contains("hx-get=\"/registry/phone/overdue-visits\"");
		String section = grid1.get("/registry/phone/overdue-visits", "HX-Request", "true").body();
		assertThat(section).contains("data-testid=\"home-overdue-visits\"")
			.contains(name)
			.contains("/registry/persons/" + person + "/visits/new")
			.doesNotContain("<html");
		assertThat(grid1.get("/registry/persons/" + person + "/visits/new").status()).isEqualTo(200);
		// another grid's worker does not see them
		assertThat(http().loginAs("grid2", DemoUser.password()).get("/registry/phone/overdue-visits").body())
			.contains("data-testid=\"home-overdue-visits\"")
			.doesNotContain(name);
		assertThat(http().loginAs(DemoUser.ADMIN).get("/registry/phone/overdue-visits").status()).isEqualTo(403);
	}

	/** Where a redirect leads, as a path of this application. */
	private static String path(TestHttp.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		return java.net.URI.create(redirect.header("Location")).getPath();
	}

	/** A valid unified social credit code no other test uses. */
	static String newCreditCode() {
		String digits = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
		String first17 = "91210105" + digits;
		return first17 + SocialCreditCodes.checkCharacter(first17);
	}

	private double[] centre(String grid) {
		return this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(grid)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
	}

}
