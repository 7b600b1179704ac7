package org.gongzhi.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseDispatched;
import org.gongzhi.cases.CaseEscalated;
import org.gongzhi.cases.CaseEvaluated;
import org.gongzhi.cases.CaseExtensionDecided;
import org.gongzhi.cases.CaseExtensionRequested;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.cases.CaseHandled;
import org.gongzhi.cases.CaseOverdue;
import org.gongzhi.cases.CaseRejected;
import org.gongzhi.cases.CaseReopened;
import org.gongzhi.cases.CaseReported;
import org.gongzhi.cases.CaseReturned;
import org.gongzhi.cases.CaseSupervised;
import org.gongzhi.cases.OverdueLevel;
import org.gongzhi.cases.Rating;
import org.gongzhi.cases.Stage;
import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.notify.CaseEventFixture.CITY_MANAGEMENT;
import static org.gongzhi.notify.CaseEventFixture.HOUSING;
import static org.gongzhi.notify.CaseEventFixture.MARKET;
import static org.gongzhi.notify.CaseEventFixture.accepted;
import static org.gongzhi.notify.CaseEventFixture.caseOf;
import static org.gongzhi.notify.CaseEventFixture.nextId;

/** Who hears of which case event, and that an event handled twice notifies once. */
abstract class CaseNotificationsContract extends NotifyTestSupport {

	private static final Instant NOW = Instant.now();

	@Autowired
	private Departments departments;

	@Test
	void theReporterHearsOfEachStepOfTheirReport() {
		Account reporter = newResident();
		long dispatcher = demoUserId(DemoUser.DISPATCHER);
		long department = demoUserId(DemoUser.DEPARTMENT);
		CaseFacts facts = caseOf(CITY_MANAGEMENT, reporter.id());
		CaseAccepted accepted = accepted(facts, dispatcher);
		CaseRejected rejected = new CaseRejected(nextId(), facts, NOW, dispatcher, "重复上报");
		CaseHandled handled = new CaseHandled(nextId(), facts, NOW, department, CITY_MANAGEMENT, true);
		CaseClosed closed = new CaseClosed(nextId(), facts, NOW, dispatcher, true, true, Duration.ofHours(5));
		CaseReopened reopened = new CaseReopened(nextId(), facts, NOW, dispatcher);
		this.cases.publish(accepted, rejected, handled, closed, reopened);

		for (long eventId : List.of(accepted.eventId(), rejected.eventId(), handled.eventId(), closed.eventId(),
				reopened.eventId())) {
			assertThat(this.cases.recipientsOf(eventId)).containsExactly(reporter.id());
		}
		assertThat(this.cases.messageKeyFor(accepted.eventId(), reporter.id())).isEqualTo("notify.body.CASE_ACCEPTED");
		assertThat(this.cases.messageKeyFor(closed.eventId(), reporter.id())).isEqualTo("notify.body.CASE_CLOSED");
	}

	@Test
	void aReportItselfAndAnAnonymousReportersCaseNotifyNobody() {
		CaseFacts anonymous = caseOf(null, null);
		CaseReported reported = new CaseReported(nextId(), anonymous, NOW, null, "HOTLINE", false);
		CaseAccepted accepted = accepted(anonymous, demoUserId(DemoUser.DISPATCHER));
		this.cases.publish(reported, accepted);

		assertThat(this.cases.recipientsOf(reported.eventId())).isEmpty();
		assertThat(this.cases.recipientsOf(accepted.eventId())).isEmpty();
	}

	@Test
	void aDispatchReachesTheStaffOfTheUnitButNotTheDispatcherWhoSentIt() {
		long dispatcher = demoUserId(DemoUser.DISPATCHER);
		CaseDispatched dispatched = new CaseDispatched(nextId(), caseOf(CITY_MANAGEMENT, null), NOW, dispatcher,
				CITY_MANAGEMENT, false);
		CaseDispatched rework = new CaseDispatched(nextId(), caseOf(CITY_MANAGEMENT, null), NOW, dispatcher,
				CITY_MANAGEMENT, true);
		this.cases.publish(dispatched, rework);

		long department = demoUserId(DemoUser.DEPARTMENT);
		assertThat(this.cases.recipientsOf(dispatched.eventId())).contains(department)
			.doesNotContain(dispatcher, demoUserId(DemoUser.DEPARTMENT_HOUSING),
					demoUserId(DemoUser.DEPARTMENT_MARKET));
		assertThat(this.cases.messageKeyFor(dispatched.eventId(), department)).isEqualTo("notify.body.CASE_DISPATCHED");
		assertThat(this.cases.messageKeyFor(rework.eventId(), department))
			.isEqualTo("notify.body.CASE_DISPATCHED.rework");
	}

	@Test
	void aDepartmentWithoutStaffPassesItsDispatchToTheDepartmentAboveIt() {
		String squad = CITY_MANAGEMENT + "-" + (nextId() % 1_000_000);
		this.departments.createIfAbsent(new Department(squad, "测试执法中队", CITY_MANAGEMENT, "210105001"));
		CaseDispatched dispatched = new CaseDispatched(nextId(), caseOf(squad, null), NOW, null, squad, false);
		this.cases.publish(dispatched);

		assertThat(this.cases.recipientsOf(dispatched.eventId())).contains(demoUserId(DemoUser.DEPARTMENT))
			.doesNotContain(demoUserId(DemoUser.DEPARTMENT_HOUSING));
	}

	@Test
	void aCaseDispatchedToACommunityReachesItsWorkers() {
		String community = "210105001002";
		CaseDispatched dispatched = new CaseDispatched(nextId(), caseOf(community, null), NOW, null, community, false);
		this.cases.publish(dispatched);

		assertThat(this.cases.recipientsOf(dispatched.eventId()))
			.contains(demoUserId(DemoUser.COMMUNITY_WORKER), demoUserId(DemoUser.GRID_WORKER))
			.doesNotContain(demoUserId(DemoUser.STREET_DISPATCHER), demoUserId(DemoUser.DEPARTMENT),
					demoUserId(DemoUser.RESIDENT));
	}

	@Test
	void aReturnGoesToTheDispatchersWhoseAreaHoldsTheCase() {
		long department = demoUserId(DemoUser.DEPARTMENT);
		CaseReturned returned = new CaseReturned(nextId(), caseOf(null, null), NOW, department, CITY_MANAGEMENT,
				"不属于本单位职责");
		this.cases.publish(returned);

		assertThat(this.cases.recipientsOf(returned.eventId()))
			.contains(demoUserId(DemoUser.DISPATCHER), demoUserId(DemoUser.STREET_DISPATCHER))
			.doesNotContain(department, demoUserId(DemoUser.LEADER), demoUserId(DemoUser.COMMUNITY_WORKER));
	}

	@Test
	void anExtensionRequestGoesToTheDispatchersAndTheDecisionBackToTheUnit() {
		long department = demoUserId(DemoUser.DEPARTMENT);
		long dispatcher = demoUserId(DemoUser.DISPATCHER);
		CaseFacts facts = caseOf(CITY_MANAGEMENT, null);
		CaseExtensionRequested requested = new CaseExtensionRequested(nextId(), facts, NOW, department, CITY_MANAGEMENT,
				"需要协调产权单位", NOW.plus(Duration.ofDays(3)));
		CaseExtensionDecided refused = new CaseExtensionDecided(nextId(), facts, NOW, dispatcher, CITY_MANAGEMENT,
				false, "请先行处置");
		this.cases.publish(requested, refused);

		assertThat(this.cases.recipientsOf(requested.eventId()))
			.contains(dispatcher, demoUserId(DemoUser.STREET_DISPATCHER))
			.doesNotContain(department, demoUserId(DemoUser.DEPARTMENT_HOUSING));
		assertThat(this.cases.recipientsOf(refused.eventId())).contains(department)
			.doesNotContain(dispatcher, demoUserId(DemoUser.DEPARTMENT_HOUSING));
		assertThat(this.cases.messageKeyFor(refused.eventId(), department))
			.isEqualTo("notify.body.CASE_EXTENSION_DECIDED.refused");
	}

	@Test
	void escalationSummonsEveryUnitTellsTheLeadItLeadsAndSpeaksToAGroupOnce() {
		CaseEscalated escalated = new CaseEscalated(nextId(), caseOf(CITY_MANAGEMENT, null), NOW,
				demoUserId(DemoUser.DISPATCHER), List.of(CITY_MANAGEMENT, HOUSING, MARKET), HOUSING, "占道经营屡禁不止");
		this.cases.publish(escalated);

		long department = demoUserId(DemoUser.DEPARTMENT);
		long housing = demoUserId(DemoUser.DEPARTMENT_HOUSING);
		long market = demoUserId(DemoUser.DEPARTMENT_MARKET);
		assertThat(this.cases.recipientsOf(escalated.eventId())).contains(department, housing, market);
		assertThat(this.cases.messageKeyFor(escalated.eventId(), housing)).isEqualTo("notify.body.CASE_ESCALATED.lead");
		assertThat(this.cases.messageKeyFor(escalated.eventId(), department)).isEqualTo("notify.body.CASE_ESCALATED");
		assertThat(this.cases.messageKeyFor(escalated.eventId(), market)).isEqualTo("notify.body.CASE_ESCALATED");
		assertThat(deliveriesOf(escalated.eventId(), RecordingGroupChannel.NAME)).isEqualTo(1);
		assertThat(deliveriesOf(escalated.eventId(), RecordingChannel.NAME))
			.isEqualTo(this.cases.recipientsOf(escalated.eventId()).size());
	}

	@Test
	void aYellowCardWarnsTheUnitAndARedOneTheDispatchersAndTheLeadersAboveToo() {
		CaseFacts facts = caseOf(CITY_MANAGEMENT, null);
		CaseOverdue yellow = new CaseOverdue(nextId(), facts, NOW, null, Stage.HANDLE, OverdueLevel.YELLOW, null);
		CaseOverdue red = new CaseOverdue(nextId(), facts, NOW, null, Stage.HANDLE, OverdueLevel.RED, "210105");
		CaseOverdue notAccepted = new CaseOverdue(nextId(), caseOf(null, null), NOW, null, Stage.ACCEPT,
				OverdueLevel.YELLOW, null);
		this.cases.publish(yellow, red, notAccepted);

		long department = demoUserId(DemoUser.DEPARTMENT);
		long dispatcher = demoUserId(DemoUser.DISPATCHER);
		long leader = demoUserId(DemoUser.LEADER);
		assertThat(this.cases.recipientsOf(yellow.eventId())).contains(department).doesNotContain(dispatcher, leader);
		assertThat(this.cases.messageKeyFor(yellow.eventId(), department)).isEqualTo("notify.body.CASE_OVERDUE.YELLOW");
		assertThat(this.cases.recipientsOf(red.eventId())).contains(department, dispatcher,
				demoUserId(DemoUser.STREET_DISPATCHER), leader);
		assertThat(this.cases.messageKeyFor(red.eventId(), leader)).isEqualTo("notify.body.CASE_OVERDUE.RED");
		assertThat(this.cases.recipientsOf(notAccepted.eventId())).contains(dispatcher).doesNotContain(department);
	}

	@Test
	void supervisionReachesTheHandlingUnitOrWhileThereIsNoneTheOtherDispatchers() {
		long leader = demoUserId(DemoUser.LEADER);
		long dispatcher = demoUserId(DemoUser.DISPATCHER);
		CaseSupervised ofUnit = new CaseSupervised(nextId(), caseOf(CITY_MANAGEMENT, null), NOW, leader, "请三日内办结");
		CaseSupervised ofIntake = new CaseSupervised(nextId(), caseOf(null, null), NOW, dispatcher, "请尽快立案");
		this.cases.publish(ofUnit, ofIntake);

		assertThat(this.cases.recipientsOf(ofUnit.eventId())).contains(demoUserId(DemoUser.DEPARTMENT))
			.doesNotContain(leader);
		assertThat(this.cases.recipientsOf(ofIntake.eventId())).contains(demoUserId(DemoUser.STREET_DISPATCHER))
			.doesNotContain(dispatcher);
	}

	@Test
	void aRatingReachesTheUnitAndADissatisfiedOneTheDispatchersToo() {
		Account reporter = newResident();
		CaseEvaluated satisfied = new CaseEvaluated(nextId(), caseOf(CITY_MANAGEMENT, reporter.id()), NOW,
				reporter.id(), Rating.SATISFIED);
		CaseEvaluated dissatisfied = new CaseEvaluated(nextId(), caseOf(CITY_MANAGEMENT, reporter.id()), NOW,
				reporter.id(), Rating.DISSATISFIED);
		this.cases.publish(satisfied, dissatisfied);

		long department = demoUserId(DemoUser.DEPARTMENT);
		long dispatcher = demoUserId(DemoUser.DISPATCHER);
		assertThat(this.cases.recipientsOf(satisfied.eventId())).contains(department)
			.doesNotContain(dispatcher, reporter.id());
		assertThat(this.cases.recipientsOf(dissatisfied.eventId())).contains(department, dispatcher)
			.doesNotContain(reporter.id());
	}

	@Test
	void anEventHandledTwiceNotifiesOnce() {
		Account reporter = newResident();
		CaseAccepted accepted = accepted(caseOf(CITY_MANAGEMENT, reporter.id()), null);
		this.cases.publish(accepted);
		this.cases.publish(accepted);

		assertThat(this.cases.recipientsOf(accepted.eventId())).containsExactly(reporter.id());
		assertThat(deliveriesOf(accepted.eventId(), RecordingChannel.NAME)).isEqualTo(1);
	}

	@Test
	void disabledAccountsAreNotNotified() {
		Account reporter = newAccount(Role.RESIDENT, CaseEventFixture.GRID, null);
		this.jdbc.sql("update app_user set enabled = false where id = ?").param(reporter.id()).update();
		CaseAccepted accepted = accepted(caseOf(null, reporter.id()), null);
		this.cases.publish(accepted);

		assertThat(this.cases.recipientsOf(accepted.eventId())).isEmpty();
	}

	private long deliveriesOf(long eventId, String channel) {
		return this.jdbc
			.sql("select count(*) from notification_delivery d join notification n on n.id = d.notification_id"
					+ " where n.event_id = ? and d.channel = ?")
			.params(eventId, channel)
			.query(Long.class)
			.single();
	}

}
