package org.gongzhi.cases;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * The loops of the closed loop: 退回 within two working hours, 延期, 返工, 重办 after 不满意, a grid
 * worker's self-handling verified by another person, and 吹哨报到.
 */
abstract class CaseFlowsContract extends CaseTestSupport {

	@Test
	void aUnitReturnsAWronglyDispatchedCaseWithinTwoWorkingHours() {
		at("2026-11-23T09:00");
		long id = this.cases.dispatched();
		at("2026-11-23T10:30");
		assertThat(this.cases.act(DemoUser.DEPARTMENT, id, "return", "{}").status()).isEqualTo(400);
		JsonNode returned = ok(this.cases.act(DemoUser.DEPARTMENT, id, "return", "{\"reason\":\"应由住建局处理\"}"));
		assertThat(returned.path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(returned.path("unit").isNull()).isTrue();
		assertThat(returned.path("counts").path("returns").asInt()).isEqualTo(1);
		assertThat(returned.path("sla").path("stage").asString()).isEqualTo("DISPATCH");
		assertThat(this.events.of(id, CaseReturned.class)).singleElement().satisfies((event) -> {
			assertThat(event.unitCode()).isEqualTo(CITY_MANAGEMENT);
			assertThat(event.reason()).isEqualTo("应由住建局处理");
		});
		assertThat(this.cases.state(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void aReturnAfterTwoWorkingHoursIsRefused() {
		at("2026-11-23T09:00");
		long id = this.cases.dispatched();
		at("2026-11-23T11:30");
		TestHttp.Response late = this.cases.act(DemoUser.DEPARTMENT, id, "return", "{\"reason\":\"派错了\"}");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().path("detail").asString()).contains("2 个工作小时");
		assertThat(late.json().path("allowedActions")).extracting(JsonNode::asString)
			.contains("start")
			.doesNotContain("return");
	}

	@Test
	void theReturnWindowSkipsTheWeekend() {
		at("2026-11-27T16:30");
		long withinWindow = this.cases.dispatched();
		long pastWindow = this.cases.dispatched();
		at("2026-11-30T09:15");
		assertThat(this.cases.act(DemoUser.DEPARTMENT, withinWindow, "return", "{\"reason\":\"派错了\"}").status())
			.isEqualTo(200);
		at("2026-11-30T09:45");
		assertThat(this.cases.act(DemoUser.DEPARTMENT, pastWindow, "return", "{\"reason\":\"派错了\"}").status())
			.isEqualTo(409);
	}

	@Test
	void anApprovedExtensionMovesTheHandleDeadlineADeniedOneDoesNot() {
		at("2026-11-23T09:00");
		long id = this.cases.inProgress();
		Instant deadline = Instant.parse(this.cases.detail(id).path("sla").path("deadline").asString());
		assertThat(deadline).isAfter(beijing("2026-11-25T17:00")).isBefore(beijing("2026-11-26T09:10"));
		Instant later = beijing("2026-12-04T17:30");
		assertThat(this.cases
			.act(DemoUser.DEPARTMENT, id, "extend",
					"{\"reason\":\"需协调产权单位\",\"deadline\":\"" + deadline.minusSeconds(60) + "\"}")
			.status()).isEqualTo(400);
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "extend",
				"{\"reason\":\"需协调产权单位\",\"deadline\":\"" + later + "\"}"));
		assertThat(this.cases
			.act(DemoUser.DEPARTMENT, id, "extend",
					"{\"reason\":\"再延\",\"deadline\":\"" + later.plusSeconds(86400) + "\"}")
			.status()).isEqualTo(409);
		assertThat(this.cases.act(DemoUser.DEPARTMENT, id, "extension-decision", "{\"approved\":true}").status())
			.isEqualTo(403);
		JsonNode denied = ok(this.cases.act(DemoUser.DISPATCHER, id, "extension-decision",
				"{\"approved\":false,\"note\":\"时限内可以完成\"}"));
		assertThat(Instant.parse(denied.path("sla").path("deadline").asString())).isEqualTo(deadline);
		assertThat(denied.path("extensions").get(0).path("decision").asString()).isEqualTo("DENIED");
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "extend",
				"{\"reason\":\"产权单位下周才能到场\",\"deadline\":\"" + later + "\"}"));
		JsonNode approved = ok(this.cases.act(DemoUser.DISPATCHER, id, "extension-decision", "{\"approved\":true}"));
		assertThat(Instant.parse(approved.path("sla").path("deadline").asString())).isEqualTo(later);
		assertThat(approved.path("extensions").get(1).path("decision").asString()).isEqualTo("APPROVED");
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "extension-decision", "{\"approved\":true}").status())
			.isEqualTo(409);
	}

	@Test
	void aFailedVerificationSendsTheCaseBackToItsUnitAndCountsAsRework() {
		at("2026-11-23T09:00");
		long id = this.cases.handled();
		JsonNode rework = ok(
				this.cases.act(DemoUser.GRID_WORKER, id, "verify", "{\"passed\":false,\"note\":\"还有两处没有清除\"}"));
		assertThat(rework.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(rework.path("unit").path("code").asString()).isEqualTo(CITY_MANAGEMENT);
		assertThat(rework.path("counts").path("rework").asInt()).isEqualTo(1);
		assertThat(this.events.of(id, CaseVerified.class)).singleElement()
			.satisfies((event) -> assertThat(event.passed()).isFalse());
		assertThat(this.events.of(id, CaseDispatched.class)).extracting(CaseDispatched::rework)
			.containsExactly(false, true);
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "start", "{}"));
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "handle", "{}"));
		ok(this.cases.act(DemoUser.GRID_WORKER, id, "verify", "{\"passed\":true}"));
		JsonNode closed = ok(this.cases.act(DemoUser.DISPATCHER, id, "close", "{}"));
		assertThat(closed.path("counts").path("rework").asInt()).isEqualTo(1);
		assertThat(closed.path("timeline")).extracting((entry) -> entry.path("action").asString())
			.containsSubsequence("VERIFY", "REWORK", "START", "HANDLE", "VERIFY", "CLOSE");
	}

	@Test
	void aDissatisfiedRatingLetsTheDispatcherReopenTheCase() {
		at("2026-11-23T09:00");
		long id = this.cases.evaluated("DISSATISFIED");
		assertThat(this.cases.act(DemoUser.DEPARTMENT, id, "reopen", "{}").status()).isEqualTo(403);
		JsonNode reopened = ok(this.cases.act(DemoUser.DISPATCHER, id, "reopen", "{\"note\":\"居民反映仍有广告\"}"));
		assertThat(reopened.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(reopened.path("counts").path("reopen").asInt()).isEqualTo(1);
		assertThat(reopened.path("rating").asString()).isEqualTo("DISSATISFIED");
		assertThat(this.events.of(id, CaseReopened.class)).hasSize(1);
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "start", "{}"));
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "handle", "{}"));
		ok(this.cases.act(DemoUser.GRID_WORKER, id, "verify", "{\"passed\":true}"));
		ok(this.cases.act(DemoUser.DISPATCHER, id, "close", "{}"));
		assertThat(ok(this.cases.act(DemoUser.RESIDENT, id, "evaluate", "{\"rating\":\"SATISFIED\"}")).path("rating")
			.asString()).isEqualTo("SATISFIED");
		assertThat(this.events.of(id, CaseClosed.class)).hasSize(2);
	}

	@Test
	void aGridWorkerHandlesOnTheSpotAndAnotherPersonVerifies() {
		at("2026-11-23T09:00");
		String grid = COMMUNITY + "001";
		CaseClient gridWorker = as("grid1");
		UUID before = gridWorker.uploadPhoto();
		UUID after = gridWorker.uploadPhoto();
		String body = this.cases.report(CaseFixture.POSTERS, grid);
		String withPhotos = body.replace("}", ",\"selfHandled\":true,\"attachmentIds\":[\"" + before
				+ "\"],\"handledAttachmentIds\":[\"" + after + "\"]}");
		assertThat(gridWorker.post("/api/cases", body.replace("}", ",\"selfHandled\":true}")).status()).isEqualTo(400);
		assertThat(as(DemoUser.RESIDENT).post("/api/cases", withPhotos).status()).isEqualTo(400);
		TestHttp.Response reported = gridWorker.post("/api/cases", withPhotos);
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		long id = reported.json().path("id").asLong();
		assertThat(reported.json().path("state").asString()).isEqualTo("HANDLED");
		assertThat(reported.json().path("stage").asString()).isEqualTo("VERIFY");
		TestHttp.Response ownVerification = gridWorker.post("/api/cases/" + id + "/verify", "{\"passed\":true}");
		assertThat(ownVerification.status()).isEqualTo(403);
		assertThat(ownVerification.json().path("detail").asString()).contains("另一人");
		ok(this.cases.act(DemoUser.GRID_WORKER, id, "verify", "{\"passed\":true}"));
		JsonNode closed = ok(this.cases.act(DemoUser.DISPATCHER, id, "close", "{}"));
		assertThat(closed.path("selfHandled").asBoolean()).isTrue();
		assertThat(closed.path("timeline")).extracting((entry) -> entry.path("action").asString())
			.containsExactly("REPORT", "SELF_HANDLE", "VERIFY", "CLOSE");
		assertThat(closed.path("timeline").get(0).path("attachmentIds").get(0).asString()).isEqualTo(before.toString());
		JsonNode afterPhoto = closed.path("timeline").get(1).path("attachments").get(0);
		assertThat(afterPhoto.path("id").asString()).isEqualTo(after.toString());
		assertThat(afterPhoto.path("mediaType").asString()).startsWith("image/");
		// API clients read files under /api (the page path /files/… wants a session)
		String file = "/api" + afterPhoto.path("url").asString();
		assertThat(as(DemoUser.DISPATCHER).get(file).status()).isEqualTo(200);
		assertThat(as(DemoUser.DEPARTMENT_HOUSING).get(file).status()).isEqualTo(404);
		assertThat(this.events.of(id, CaseReported.class)).singleElement()
			.satisfies((event) -> assertThat(event.selfHandled()).isTrue());
		assertThat(this.events.of(id, CaseHandled.class)).singleElement()
			.satisfies((event) -> assertThat(event.unitCode()).isNull());
	}

	@Test
	void filesOfSomeoneElseOrUnknownCannotBeAttached() {
		at("2026-11-23T09:00");
		UUID residents = as(DemoUser.RESIDENT).uploadPhoto();
		String body = this.cases.report(CaseFixture.POSTERS, GRID);
		TestHttp.Response stolen = as(DemoUser.GRID_WORKER).post("/api/cases",
				body.replace("}", ",\"attachmentIds\":[\"" + residents + "\"]}"));
		assertThat(stolen.status()).isEqualTo(400);
		TestHttp.Response unknown = as(DemoUser.GRID_WORKER).post("/api/cases",
				body.replace("}", ",\"attachmentIds\":[\"" + UUID.randomUUID() + "\"]}"));
		assertThat(unknown.status()).isEqualTo(400);
		TestHttp.Response own = as(DemoUser.RESIDENT).post("/api/cases",
				body.replace("}", ",\"attachmentIds\":[\"" + residents + "\"]}"));
		assertThat(own.status()).isEqualTo(201);
	}

	@Test
	void aWhistleSummonsUnitsAndTheCaseWaitsForTheLeadToReportDone() {
		at("2026-11-23T09:00");
		long id = this.cases.accepted();
		JsonNode escalated = ok(this.cases.act(DemoUser.DISPATCHER, id, "escalate",
				"{\"unitCodes\":[\"210105-CG\",\"210105-ZJ\"],\"leadUnitCode\":\"210105-ZJ\","
						+ "\"reason\":\"违建与广告交织，需联合执法\"}"));
		assertThat(escalated.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(escalated.path("unit").path("code").asString()).isEqualTo("210105-ZJ");
		assertThat(this.events.of(id, CaseEscalated.class)).singleElement().satisfies((event) -> {
			assertThat(event.unitCodes()).containsExactly("210105-ZJ", "210105-CG");
			assertThat(event.leadUnitCode()).isEqualTo("210105-ZJ");
		});
		assertThat(as(DemoUser.DEPARTMENT_MARKET).get("/api/cases/" + id).status()).isEqualTo(404);
		assertThat(as(DemoUser.DEPARTMENT).get("/api/cases/" + id).status()).isEqualTo(200);
		ok(this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "start", "{}"));
		TestHttp.Response early = this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "handle", "{}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().path("detail").asString()).contains("牵头单位");
		assertThat(this.cases.act(DemoUser.DEPARTMENT, id, "escalation/done", "{}").status()).isEqualTo(409);
		at("2026-11-23T09:20");
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "escalation/report-in", "{}"));
		ok(this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "escalation/report-in", "{}"));
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "escalation/done", "{\"note\":\"已清理广告\"}"));
		assertThat(this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "handle", "{}").status()).isEqualTo(409);
		ok(this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "escalation/done", "{\"note\":\"违建已拆除\"}"));
		JsonNode handled = ok(this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "handle", "{}"));
		assertThat(handled.path("state").asString()).isEqualTo("HANDLED");
		JsonNode units = this.cases.detail(id).path("escalation").path("units");
		assertThat(units).extracting((unit) -> unit.path("unitCode").asString())
			.containsExactly("210105-ZJ", "210105-CG");
		assertThat(units.get(0).path("lead").asBoolean()).isTrue();
		assertThat(units.get(0).path("reportedInName").asString()).isEqualTo(DemoUser.DEPARTMENT_HOUSING.displayName());
		assertThat(Instant.parse(units.get(1).path("reportedInAt").asString()))
			.isAfterOrEqualTo(beijing("2026-11-23T09:20"));
		assertThat(units.get(1).path("doneNote").asString()).isEqualTo("已清理广告");
	}

	private static Instant beijing(String time) {
		return LocalDateTime.parse(time).atZone(BEIJING).toInstant();
	}

}
