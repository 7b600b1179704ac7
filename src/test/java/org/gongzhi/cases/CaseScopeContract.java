package org.gongzhi.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * Who sees which case: org staff their subtree, departments what is sent to them,
 * residents what they reported or follow. Everything else is a 404, in lists too.
 */
abstract class CaseScopeContract extends CaseTestSupport {

	/** 三台子街道's first community, next to 桔蔷社区. */
	private static final String OTHER_COMMUNITY = "210105001001";

	@BeforeEach
	void mondayMorning() {
		at("2026-11-23T09:00");
	}

	@Test
	void aGridWorkerOfAnotherCommunityDoesNotSeeTheCase() {
		long id = this.cases.reported();
		CaseClient neighbour = newUser("grid-neighbour", OTHER_COMMUNITY, null, Role.GRID_WORKER);
		assertThat(neighbour.get("/api/cases/" + id).status()).isEqualTo(404);
		assertThat(neighbour.post("/api/cases/" + id + "/verify", "{\"passed\":true}").status()).isEqualTo(404);
		assertThat(allIds(neighbour)).doesNotContain(id);
		assertThat(as(DemoUser.GRID_WORKER).get("/api/cases/" + id).status()).isEqualTo(200);
	}

	@Test
	void aDispatcherOfAnotherStreetDoesNotSeeTheCase() {
		long id = this.cases.reported();
		CaseClient otherStreet = newUser("dispatcher-other-street", "210105002", null, Role.DISPATCHER);
		assertThat(otherStreet.get("/api/cases/" + id).status()).isEqualTo(404);
		assertThat(otherStreet.post("/api/cases/" + id + "/accept", "{}").status()).isEqualTo(404);
		assertThat(
				ok(as(DemoUser.STREET_DISPATCHER).post("/api/cases/" + id + "/accept", "{}")).path("state").asString())
			.isEqualTo("ACCEPTED");
	}

	@Test
	void aDepartmentSeesOnlyWhatIsDispatchedToItOrBelowIt() {
		long id = this.cases.accepted();
		assertThat(as(DemoUser.DEPARTMENT).get("/api/cases/" + id).status()).isEqualTo(404);
		ok(this.cases.act(DemoUser.DISPATCHER, id, "dispatch", "{\"unitCode\":\"210105-CG-001\"}"));
		assertThat(as(DemoUser.DEPARTMENT).get("/api/cases/" + id).status()).isEqualTo(200);
		assertThat(ids(as(DemoUser.DEPARTMENT).get("/api/cases?limit=100").json())).contains(id);
		CaseClient squad = newUser("squad-member", "210105001", "210105-CG-001", Role.DEPARTMENT);
		assertThat(ok(squad.post("/api/cases/" + id + "/start", "{}")).path("state").asString())
			.isEqualTo("IN_PROGRESS");
		assertThat(as(DemoUser.DEPARTMENT_HOUSING).get("/api/cases/" + id).status()).isEqualTo(404);
		assertThat(ids(as(DemoUser.DEPARTMENT_HOUSING).get("/api/cases?limit=100").json())).doesNotContain(id);
	}

	@Test
	void aResidentSeesOnlyTheCasesTheyReported() {
		long id = this.cases.reported();
		CaseClient neighbour = newUser("resident-neighbour", COMMUNITY, null, Role.RESIDENT);
		assertThat(neighbour.get("/api/cases/" + id).status()).isEqualTo(404);
		assertThat(allIds(neighbour)).doesNotContain(id);
		JsonNode mine = ok(as(DemoUser.RESIDENT).get("/api/cases/" + id));
		assertThat(mine.path("reportedByMe").asBoolean()).isTrue();
		assertThat(mine.path("reporterUserId").isNull()).isTrue();
		// every page: other tests' reports of the demo resident may be newer than this
		// one
		assertThat(allIds(as(DemoUser.RESIDENT))).contains(id)
			.allSatisfy((other) -> assertThat(reporterOf(other)).isEqualTo(userId("resident")));
	}

	@Test
	void rolesWithoutCasesAreRefusedAndAnonymousCallersMustSignIn() {
		long id = this.cases.reported();
		assertThat(as(DemoUser.AUDITOR).get("/api/cases/" + id).status()).isEqualTo(403);
		assertThat(as(DemoUser.ADMIN).get("/api/cases").status()).isEqualTo(403);
		assertThat(http().get("/api/cases/" + id).status()).isEqualTo(401);
	}

	@Test
	void aCommunityWorkerAcceptsAndDispatchesCommunityCasesWithinTheCommunity() {
		long community = this.cases.reported(CaseFixture.STAIRWELL_CLUTTER, DemoUser.RESIDENT);
		long cityCase = this.cases.reported();
		assertThat(as(DemoUser.COMMUNITY_WORKER).post("/api/cases/" + cityCase + "/accept", "{}").status())
			.isEqualTo(403);
		ok(as(DemoUser.COMMUNITY_WORKER).post("/api/cases/" + community + "/accept", "{}"));
		assertThat(as(DemoUser.COMMUNITY_WORKER)
			.post("/api/cases/" + community + "/dispatch", "{\"unitCode\":\"210105-CG\"}")
			.status()).isEqualTo(400);
		JsonNode dispatched = ok(as(DemoUser.COMMUNITY_WORKER).post("/api/cases/" + community + "/dispatch", "{}"));
		assertThat(dispatched.path("unit").path("code").asString()).isEqualTo(COMMUNITY);
		assertThat(dispatched.path("unit").path("name").asString()).isEqualTo("桔蔷社区");
		ok(as(DemoUser.COMMUNITY_WORKER).post("/api/cases/" + community + "/start", "{}"));
		ok(as(DemoUser.COMMUNITY_WORKER).post("/api/cases/" + community + "/handle", "{}"));
	}

	private long reporterOf(long caseId) {
		return this.jdbc.sql("select reporter_user_id from cases where id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	/** The ids of every case the caller may list, page by page. */
	private static List<Long> allIds(CaseClient caller) {
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = caller
				.get("/api/cases?limit=100"
						+ ((cursor != null) ? "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) : ""))
				.json();
			ids.addAll(ids(page));
			cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
		}
		while (cursor != null);
		return ids;
	}

	static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.path("items").forEach((item) -> ids.add(item.path("id").asLong()));
		return ids;
	}

}
