package org.gongzhi.cases;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * Each transition of the closed loop, legal and illegal, on a Monday morning in Beijing.
 */
abstract class CaseTransitionsContract extends CaseTestSupport {

	@BeforeEach
	void mondayMorning() {
		at("2026-11-23T09:00");
	}

	@Test
	void aResidentsReportIsLocatedInItsGridNumberedAndWaitsToBeAcceptedWithinAWorkingHour() {
		TestHttp.Response response = as(DemoUser.RESIDENT).post("/api/cases",
				this.cases.report(CaseFixture.POSTERS, GRID));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode receipt = response.json();
		assertThat(response.header("Location")).isEqualTo("/api/cases/" + receipt.path("id").asLong());
		assertThat(receipt.path("number").asString()).matches("HG20261123-\\d{4}");
		assertThat(receipt.path("state").asString()).isEqualTo("REPORTED");
		assertThat(receipt.path("orgCode").asString()).isEqualTo(GRID);
		assertThat(receipt.path("stage").asString()).isEqualTo("ACCEPT");
		Instant reportedAt = Instant.parse(receipt.path("reportedAt").asString());
		assertThat(reportedAt).isBetween(beijing("2026-11-23T09:00"), beijing("2026-11-23T09:01"));
		assertThat(Instant.parse(receipt.path("deadline").asString())).isEqualTo(reportedAt.plusSeconds(3600));
		JsonNode detail = this.cases.detail(receipt.path("id").asLong());
		assertThat(detail.path("timeline").get(0).path("action").asString()).isEqualTo("REPORT");
		assertThat(detail.path("suggestedUnit").path("code").asString()).isEqualTo(CITY_MANAGEMENT);
		assertThat(detail.path("allowedActions")).extracting(JsonNode::asString).contains("accept", "reject");
	}

	@Test
	void theDispatcherAcceptsAReportedCaseAndItsDispatchClockStarts() {
		long id = this.cases.reported();
		JsonNode accepted = ok(this.cases.act(DemoUser.DISPATCHER, id, "accept", "{\"priority\":\"HIGH\"}"));
		assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("priority").asString()).isEqualTo("HIGH");
		assertThat(accepted.path("sla").path("stage").asString()).isEqualTo("DISPATCH");
		assertThat(this.events.of(id, CaseAccepted.class)).singleElement()
			.satisfies((event) -> assertThat(event.withinLimit()).isTrue());
	}

	@Test
	void acceptingACaseTwiceIsAConflictThatListsWhatIsAllowed() {
		long id = this.cases.accepted();
		TestHttp.Response again = this.cases.act(DemoUser.DISPATCHER, id, "accept", "{}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(again.json().path("allowedActions")).extracting(JsonNode::asString)
			.contains("dispatch", "escalate", "merge")
			.doesNotContain("accept", "handle");
		assertThat(again.json().path("detail").asString()).contains("已立案");
	}

	@Test
	void aRejectionNeedsAReasonAndEndsTheCase() {
		long id = this.cases.reported();
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "reject", "{}").status()).isEqualTo(400);
		JsonNode rejected = ok(this.cases.act(DemoUser.DISPATCHER, id, "reject", "{\"reason\":\"不属于受理范围\"}"));
		assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
		assertThat(this.events.of(id, CaseRejected.class)).singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("不属于受理范围"));
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "accept", "{}").status()).isEqualTo(409);
	}

	@Test
	void dispatchGoesToTheUnitTheCategorySuggestsUnlessOneIsNamed() {
		long id = this.cases.accepted();
		JsonNode dispatched = ok(this.cases.act(DemoUser.DISPATCHER, id, "dispatch", "{}"));
		assertThat(dispatched.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(dispatched.path("unit").path("code").asString()).isEqualTo(CITY_MANAGEMENT);
		assertThat(dispatched.path("unit").path("name").asString()).isEqualTo("皇姑区城市管理局");
		assertThat(dispatched.path("sla").path("stage").asString()).isEqualTo("HANDLE");
		assertThat(this.events.of(id, CaseDispatched.class)).singleElement()
			.satisfies((event) -> assertThat(event.facts().unitCode()).isEqualTo(CITY_MANAGEMENT));
	}

	@Test
	void aReportedCaseCannotBeDispatchedNorSentToAnUnknownUnit() {
		long reported = this.cases.reported();
		assertThat(this.cases.act(DemoUser.DISPATCHER, reported, "dispatch", "{}").status()).isEqualTo(409);
		long accepted = this.cases.accepted();
		assertThat(this.cases.act(DemoUser.DISPATCHER, accepted, "dispatch", "{\"unitCode\":\"210105-XX\"}").status())
			.isEqualTo(400);
	}

	@Test
	void theUnitStartsThenReportsItHandledButNotBeforeStarting() {
		long id = this.cases.dispatched();
		assertThat(this.cases.act(DemoUser.DEPARTMENT, id, "handle", "{}").status()).isEqualTo(409);
		assertThat(ok(this.cases.act(DemoUser.DEPARTMENT, id, "start", "{}")).path("state").asString())
			.isEqualTo("IN_PROGRESS");
		JsonNode handled = ok(this.cases.act(DemoUser.DEPARTMENT, id, "handle", "{\"note\":\"已清除\"}"));
		assertThat(handled.path("state").asString()).isEqualTo("HANDLED");
		assertThat(handled.path("sla").path("stage").asString()).isEqualTo("VERIFY");
		assertThat(this.events.of(id, CaseHandled.class)).singleElement().satisfies((event) -> {
			assertThat(event.unitCode()).isEqualTo(CITY_MANAGEMENT);
			assertThat(event.withinLimit()).isTrue();
		});
	}

	@Test
	void aDepartmentTheCaseWasNotSentToDoesNotSeeIt() {
		long id = this.cases.dispatched();
		assertThat(this.cases.act(DemoUser.DEPARTMENT_HOUSING, id, "start", "{}").status()).isEqualTo(404);
	}

	@Test
	void aVerifiedCaseIsClosedThenRatedByItsReporter() {
		long id = this.cases.handled();
		TestHttp.Response early = this.cases.act(DemoUser.DISPATCHER, id, "close", "{}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().path("allowedActions")).extracting(JsonNode::asString).contains("verify");
		ok(this.cases.act(DemoUser.GRID_WORKER, id, "verify", "{\"passed\":true}"));
		JsonNode closed = ok(this.cases.act(DemoUser.DISPATCHER, id, "close", "{}"));
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "evaluate", "{\"rating\":\"SATISFIED\"}").status())
			.isEqualTo(403);
		JsonNode rated = ok(this.cases.act(DemoUser.RESIDENT, id, "evaluate", "{\"rating\":\"SATISFIED\"}"));
		assertThat(rated.path("state").asString()).isEqualTo("EVALUATED");
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "reopen", "{}").status()).isEqualTo(409);
		CaseClosed closedEvent = this.events.of(id, CaseClosed.class).get(0);
		assertThat(closedEvent.onTime()).isTrue();
		assertThat(closedEvent.solved()).isTrue();
		assertThat(closedEvent.elapsed()).isPositive();
	}

	@Test
	void aLeaderReadsButDoesNotDispatch() {
		long id = this.cases.accepted();
		assertThat(as(DemoUser.LEADER).get("/api/cases/" + id).status()).isEqualTo(200);
		assertThat(this.cases.act(DemoUser.LEADER, id, "dispatch", "{}").status()).isEqualTo(403);
	}

	@Test
	void everyTransitionIsOnTheTimelineAndPublishesItsEventWithTheEntryAsId() {
		long id = this.cases.evaluated("FAIRLY_SATISFIED");
		JsonNode timeline = this.cases.detail(id).path("timeline");
		assertThat(timeline).extracting((entry) -> entry.path("action").asString())
			.containsExactly("REPORT", "ACCEPT", "DISPATCH", "START", "HANDLE", "VERIFY", "CLOSE", "EVALUATE");
		assertThat(timeline.get(2).path("fromState").asString()).isEqualTo("ACCEPTED");
		assertThat(timeline.get(2).path("toState").asString()).isEqualTo("DISPATCHED");
		assertThat(timeline.get(2).path("actorName").asString()).isEqualTo(DemoUser.DISPATCHER.displayName());
		assertThat(this.events.of(id)).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("CaseReported", "CaseAccepted", "CaseDispatched", "CaseHandled", "CaseVerified",
					"CaseClosed", "CaseEvaluated");
		assertThat(this.events.of(id)).extracting(CaseEvent::eventId)
			.containsExactly(timeline.get(0).path("id").asLong(), timeline.get(1).path("id").asLong(),
					timeline.get(2).path("id").asLong(), timeline.get(4).path("id").asLong(),
					timeline.get(5).path("id").asLong(), timeline.get(6).path("id").asLong(),
					timeline.get(7).path("id").asLong());
		CaseEvaluated rated = this.events.of(id, CaseEvaluated.class).get(0);
		assertThat(rated.rating()).isEqualTo(Rating.FAIRLY_SATISFIED);
		assertThat(rated.facts().number()).matches("HG20261123-\\d{4}");
		assertThat(rated.facts().unitCode()).isEqualTo(CITY_MANAGEMENT);
		assertThat(rated.facts().reporterUserId()).isEqualTo(userId("resident"));
		assertThat(rated.actorUserId()).isEqualTo(userId("resident"));
	}

	private Instant beijing(String time) {
		return LocalDateTime.parse(time).atZone(BEIJING).toInstant();
	}

}
