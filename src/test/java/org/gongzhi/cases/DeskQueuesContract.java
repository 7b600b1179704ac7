package org.gongzhi.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * The queries behind the workbenches: pending extension requests within the caller's
 * sight, the units a dispatcher may send a case to and the one its category suggests.
 */
abstract class DeskQueuesContract extends CaseTestSupport {

	@Autowired
	private DeskQueues queues;

	@Autowired
	private HandlingUnits units;

	@Autowired
	private CategoryCatalog categories;

	@Test
	void aPendingExtensionIsListedForTheDispatchersInSightUntilItIsDecided() {
		at("2026-11-23T09:00");
		long id = this.cases.inProgress();
		String deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		ok(this.cases.act(DemoUser.DEPARTMENT, id, "extend",
				"{\"reason\":\"需要采购井盖\",\"deadline\":\"" + deadline + "\"}"));

		assertThat(this.queues.extensions(actor(DemoUser.DISPATCHER, CaseTestSupport.COMMUNITY.substring(0, 6), null)))
			.filteredOn((pending) -> pending.summary().id() == id)
			.singleElement()
			.satisfies((pending) -> {
				assertThat(pending.reason()).isEqualTo("需要采购井盖");
				assertThat(pending.requestedByName()).isEqualTo(DemoUser.DEPARTMENT.displayName());
				assertThat(pending.requestedDeadline()).isEqualTo(Instant.parse(deadline));
			});
		assertThat(this.queues.extensions(actor(DemoUser.DISPATCHER, "210105002", null)))
			.as("a dispatcher of another street")
			.noneMatch((pending) -> pending.summary().id() == id);
		assertThat(this.queues.extensions(actor(DemoUser.DEPARTMENT_HOUSING, "210105", "210105-ZJ")))
			.noneMatch((pending) -> pending.summary().id() == id);

		ok(this.cases.act(DemoUser.DISPATCHER, id, "extension-decision", "{\"approved\":false}"));
		assertThat(this.queues.extensions(actor(DemoUser.DISPATCHER, "210105", null)))
			.noneMatch((pending) -> pending.summary().id() == id);
	}

	@Test
	void theSuggestedUnitFollowsTheCategoryAndTheTargetsAreTheDepartmentsThenTheStreetAndCommunity() {
		assertThat(this.units.suggested(this.categories.get(CaseFixture.POSTERS), GRID)).hasValue(CITY_MANAGEMENT);
		assertThat(this.units.suggested(this.categories.get(CaseFixture.STAIRWELL_CLUTTER), GRID)).hasValue(COMMUNITY);
		assertThat(this.units.targets(GRID)).extracting(HandlingUnits.Unit::code)
			.contains(CITY_MANAGEMENT, "210105-ZJ", "210105001", COMMUNITY)
			.endsWith("210105001", COMMUNITY);
	}

	private Actor actor(DemoUser user, String orgCode, String departmentCode) {
		Role role = user.role();
		return new Actor(userId(user.username()), user.displayName(), Set.of(role), orgCode, departmentCode);
	}

}
