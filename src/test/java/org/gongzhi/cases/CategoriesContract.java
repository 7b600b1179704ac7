package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * The category tree of GB/T 30428.2 and community governance, edited by administrators as
 * new versions: a case keeps the time limits of the version it was created with.
 */
abstract class CategoriesContract extends CaseTestSupport {

	@Test
	void theTreeHasTheComponentEventAndCommunityFamiliesWithTheirClasses() {
		JsonNode tree = ok(as(DemoUser.RESIDENT).get("/api/categories"));
		assertThat(tree).extracting((node) -> node.path("code").asString()).containsExactly("BJ", "SJ", "ZL");
		assertThat(tree.get(0).path("children")).extracting((node) -> node.path("name").asString())
			.containsExactly("公用设施", "道路交通", "市容环境", "园林绿化", "房屋土地", "其他设施");
		assertThat(tree.get(1).path("children")).extracting((node) -> node.path("name").asString())
			.containsExactly("市容环境", "宣传广告", "施工管理", "突发事件", "街面秩序");
		assertThat(tree.get(2).path("children")).extracting((node) -> node.path("name").asString())
			.containsExactly("矛盾纠纷", "安全隐患", "民生服务", "物业管理", "治安");
		for (JsonNode family : tree) {
			for (JsonNode major : family.path("children")) {
				assertThat(major.path("children").size()).as(major.path("code").asString()).isBetween(6, 10);
			}
		}
		JsonNode manhole = ok(as(DemoUser.RESIDENT).get("/api/categories/BJ0101"));
		assertThat(manhole.path("name").asString()).isEqualTo("井盖破损");
		assertThat(manhole.path("nameEn").asString()).isEqualTo("Damaged manhole cover");
		assertThat(manhole.path("leaf").asBoolean()).isTrue();
		assertThat(manhole.path("sla").path("ACCEPT").path("NORMAL").asInt()).isEqualTo(60);
		assertThat(manhole.path("sla").path("HANDLE").path("URGENT").asInt()).isEqualTo(120);
		assertThat(manhole.path("attributes").get(0).path("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(ok(as(DemoUser.RESIDENT).get("/api/categories/ZL0101")).path("publicVisible").asBoolean()).isFalse();
		assertThat(ok(as(DemoUser.RESIDENT).get("/api/categories/ZL0501")).path("publicVisible").asBoolean()).isFalse();
	}

	@Test
	void onlyAnAdministratorChangesCategories() {
		assertThat(as(DemoUser.DISPATCHER).put("/api/categories/SJ0202", "{\"nameZh\":\"涂鸦\"}").status())
			.isEqualTo(403);
		assertThat(as(DemoUser.DISPATCHER)
			.post("/api/categories", "{\"code\":\"SJ0299\",\"parentCode\":\"SJ02\",\"nameZh\":\"x\",\"nameEn\":\"x\"}")
			.status()).isEqualTo(403);
		assertThat(as(DemoUser.ADMIN)
			.post("/api/categories", "{\"code\":\"SJ0298\",\"parentCode\":\"SJ01\",\"nameZh\":\"x\",\"nameEn\":\"x\"}")
			.status()).isEqualTo(400);
		assertThat(as(DemoUser.ADMIN).put("/api/categories/SJ0202", "{\"sla\":{\"ACCEPT\":{\"URGENT\":0}}}").status())
			.isEqualTo(400);
	}

	@Test
	void aCaseKeepsTheTimeLimitsOfTheVersionItWasCreatedWith() {
		at("2026-11-23T09:00");
		TestHttp.Response added = as(DemoUser.ADMIN).post("/api/categories",
				"{\"code\":\"SJ0509\",\"parentCode\":\"SJ05\",\"nameZh\":\"占道洗车\",\"nameEn\":\"Car washing on the road\","
						+ "\"unitType\":\"CG\",\"defaultPriority\":\"NORMAL\",\"attributes\":[{\"code\":\"plate\","
						+ "\"datatype\":\"string\",\"descriptionZh\":\"车牌号\",\"descriptionEn\":\"Number plate\"}]}");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().path("version").asInt()).isEqualTo(1);
		assertThat(added.json().path("sla").path("HANDLE").path("NORMAL").asInt()).as("limits taken from the parent")
			.isEqualTo(1350);
		long before = this.cases.reported("SJ0509", DemoUser.RESIDENT);
		JsonNode changed = ok(as(DemoUser.ADMIN).put("/api/categories/SJ0509",
				"{\"version\":1,\"sla\":" + sla(450) + ",\"nameZh\":\"占道洗车修车\"}"));
		assertThat(changed.path("version").asInt()).isEqualTo(2);
		assertThat(changed.path("sla").path("HANDLE").path("NORMAL").asInt()).isEqualTo(450);
		assertThat(changed.path("attributes").get(0).path("code").asString()).isEqualTo("plate");
		assertThat(as(DemoUser.ADMIN).put("/api/categories/SJ0509", "{\"version\":1,\"nameZh\":\"旧\"}").status())
			.isEqualTo(409);
		long after = this.cases.reported("SJ0509", DemoUser.RESIDENT);
		for (long id : new long[] { before, after }) {
			ok(this.cases.act(DemoUser.DISPATCHER, id, "accept", "{}"));
			ok(this.cases.act(DemoUser.DISPATCHER, id, "dispatch", "{}"));
		}
		JsonNode old = this.cases.detail(before);
		JsonNode fresh = this.cases.detail(after);
		assertThat(old.path("category").path("version").asInt()).isEqualTo(1);
		assertThat(old.path("category").path("name").asString()).isEqualTo("占道洗车");
		assertThat(fresh.path("category").path("version").asInt()).isEqualTo(2);
		Instant oldDeadline = Instant.parse(old.path("sla").path("deadline").asString());
		Instant freshDeadline = Instant.parse(fresh.path("sla").path("deadline").asString());
		assertThat(Duration.between(freshDeadline, oldDeadline)).as("three working days against one")
			.isBetween(Duration.ofHours(47), Duration.ofHours(49));
		JsonNode versions = ok(as(DemoUser.ADMIN).get("/api/categories/SJ0509/versions"));
		assertThat(versions).extracting((version) -> version.path("version").asInt()).containsExactly(2, 1);
		assertThat(ok(as(DemoUser.RESIDENT).get("/api/categories/SJ05")).path("children"))
			.extracting((child) -> child.path("code").asString())
			.contains("SJ0509");
	}

	private static String sla(int handleNormal) {
		return "{\"ACCEPT\":{\"URGENT\":60,\"HIGH\":60,\"NORMAL\":60},\"DISPATCH\":{\"URGENT\":60,\"HIGH\":60,"
				+ "\"NORMAL\":60},\"HANDLE\":{\"URGENT\":120,\"HIGH\":450,\"NORMAL\":" + handleNormal + "},"
				+ "\"VERIFY\":{\"URGENT\":240,\"HIGH\":240,\"NORMAL\":240}}";
	}

}
