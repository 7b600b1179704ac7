package org.gongzhi.cases;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Role;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * Duplicates: open cases near a new report are offered as "the same problem?", and a
 * duplicate merged into its original brings its reporter along as a follower.
 */
abstract class NearbyAndMergeContract extends CaseTestSupport {

	private static final String GRID_FOR_DUPLICATES = COMMUNITY + "005";

	@Autowired
	private CaseFollowers followers;

	@BeforeEach
	void mondayMorning() {
		at("2026-11-23T09:00");
	}

	@Test
	void openCasesWithinTheRadiusAreSuggestedNearestFirst() {
		double[] here = pointIn(GRID_FOR_DUPLICATES);
		long near = report(as(DemoUser.RESIDENT), here[0] + 0.0001, here[1]);
		long nearest = report(as(DemoUser.RESIDENT), here[0], here[1]);
		long far = report(as(DemoUser.RESIDENT), here[0] + 0.002, here[1]);
		JsonNode suggestions = ok(as(DemoUser.DISPATCHER).get(nearby(here, 50, "SJ0201")));
		assertThat(suggestions).extracting((found) -> found.path("id").asLong())
			.containsSubsequence(nearest, near)
			.doesNotContain(far);
		assertThat(suggestions.get(0).path("distanceMetres").asLong()).isLessThanOrEqualTo(1);
		assertThat(suggestions.get(0).path("description").asString()).isNotEmpty();
		JsonNode wider = ok(as(DemoUser.DISPATCHER).get(nearby(here, 300, "SJ0201")));
		assertThat(wider).extracting((found) -> found.path("id").asLong()).contains(far);
		JsonNode otherCategory = ok(as(DemoUser.DISPATCHER).get(nearby(here, 50, "SJ0101")));
		assertThat(otherCategory).extracting((found) -> found.path("id").asLong()).doesNotContain(nearest);
		CaseClient stranger = newUser("resident-nearby", COMMUNITY, null, Role.RESIDENT);
		JsonNode forResident = ok(stranger.get(nearby(here, 50, "SJ0201")));
		assertThat(forResident).extracting((found) -> found.path("id").asLong()).contains(nearest);
		assertThat(forResident.get(0).path("description").isNull()).isTrue();
		ok(this.cases.act(DemoUser.DISPATCHER, nearest, "reject", "{\"reason\":\"测试\"}"));
		assertThat(ok(as(DemoUser.DISPATCHER).get(nearby(here, 50, "SJ0201"))))
			.extracting((found) -> found.path("id").asLong())
			.doesNotContain(nearest);
	}

	@Test
	void aMergedDuplicateEndsAndItsReporterFollowsTheOriginal() {
		double[] here = pointIn(GRID_FOR_DUPLICATES);
		long original = report(as(DemoUser.RESIDENT), here[0], here[1]);
		CaseClient second = newUser("resident-duplicate", COMMUNITY, null, Role.RESIDENT);
		long duplicate = report(second, here[0] + 0.00005, here[1]);
		assertThat(second.get("/api/cases/" + original).status()).isEqualTo(404);
		assertThat(
				this.cases.act(DemoUser.DISPATCHER, duplicate, "merge", "{\"originalId\":" + duplicate + "}").status())
			.isEqualTo(400);
		JsonNode merged = ok(this.cases.act(DemoUser.DISPATCHER, duplicate, "merge",
				"{\"originalId\":" + original + ",\"note\":\"同一处小广告\"}"));
		assertThat(merged.path("state").asString()).isEqualTo("REJECTED");
		assertThat(merged.path("mergedIntoId").asLong()).isEqualTo(original);
		assertThat(this.events.of(duplicate, CaseRejected.class)).singleElement()
			.satisfies((event) -> assertThat(event.reason()).contains(number(original)));
		JsonNode seenByFollower = ok(second.get("/api/cases/" + original));
		assertThat(seenByFollower.path("reportedByMe").asBoolean()).isFalse();
		assertThat(seenByFollower.path("timeline")).extracting((entry) -> entry.path("action").asString())
			.contains("MERGED_IN");
		assertThat(this.followers.of(original)).containsExactly(userId("resident"), userId("resident-duplicate"));
		assertThat(CaseScopeContract.ids(second.get("/api/cases?limit=100").json())).contains(original, duplicate);
		ok(this.cases.act(DemoUser.DISPATCHER, original, "reject", "{\"reason\":\"已处理\"}"));
		long another = report(second, here[0], here[1]);
		assertThat(this.cases.act(DemoUser.DISPATCHER, another, "merge", "{\"originalId\":" + original + "}").status())
			.isEqualTo(400);
	}

	@Test
	void aResidentCanFollowAPublicCaseInsteadOfReportingItAgain() {
		double[] here = pointIn(GRID_FOR_DUPLICATES);
		long reported = report(as(DemoUser.RESIDENT), here[0], here[1]);
		CaseClient neighbour = newUser("resident-follower", COMMUNITY, null, Role.RESIDENT);
		assertThat(neighbour.get("/api/cases/" + reported).status()).isEqualTo(404);
		ok(neighbour.post("/api/cases/" + reported + "/follow", "{}"));
		assertThat(neighbour.get("/api/cases/" + reported).status()).isEqualTo(200);
		long dispute = this.cases.reported("ZL0101", DemoUser.RESIDENT);
		assertThat(neighbour.post("/api/cases/" + dispute + "/follow", "{}").status()).isEqualTo(404);
	}

	private long report(CaseClient reporter, double lat, double lng) {
		TestHttp.Response response = reporter.post("/api/cases", String.format(Locale.ROOT,
				"{\"categoryCode\":\"SJ0201\",\"lat\":%.7f,\"lng\":%.7f,\"description\":\"电线杆上的小广告\"}", lat, lng));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	private String number(long id) {
		return this.cases.detail(id).path("number").asString();
	}

	private static String nearby(double[] point, int radius, String category) {
		return String.format(Locale.ROOT, "/api/cases/nearby?lat=%.7f&lng=%.7f&radius=%d&category=%s", point[0],
				point[1], radius, category);
	}

}
