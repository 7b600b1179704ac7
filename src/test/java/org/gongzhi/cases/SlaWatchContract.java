package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/**
 * The SLA watch marks stages yellow then red once each, escalates red cases one level up
 * with a 督办 note to answer, and runs on one node at a time.
 */
abstract class SlaWatchContract extends CaseTestSupport {

	@Autowired
	private SlaWatch watch;

	@Autowired
	private DataSource dataSource;

	@Test
	void aStageTurnsYellowThenRedOnceEachAndTheRedCaseIsSupervisedOneLevelUp() {
		at("2026-11-23T09:00");
		long id = this.cases.reported();
		at("2026-11-23T09:50");
		this.watch.run();
		assertThat(this.events.of(id, CaseOverdue.class)).singleElement().satisfies((event) -> {
			assertThat(event.level()).isEqualTo(OverdueLevel.YELLOW);
			assertThat(event.stage()).isEqualTo(Stage.ACCEPT);
			assertThat(event.escalatedToOrgCode()).isNull();
			assertThat(event.actorUserId()).isNull();
		});
		this.watch.run();
		assertThat(this.events.of(id, CaseOverdue.class)).hasSize(1);
		at("2026-11-23T10:05");
		this.watch.run();
		this.watch.run();
		assertThat(this.events.of(id, CaseOverdue.class)).extracting(CaseOverdue::level)
			.containsExactly(OverdueLevel.YELLOW, OverdueLevel.RED);
		CaseOverdue red = this.events.of(id, CaseOverdue.class).get(1);
		assertThat(red.escalatedToOrgCode()).as("the street of a case not yet dispatched").isEqualTo("210105001");
		JsonNode detail = this.cases.detail(id);
		assertThat(detail.path("timeline")).extracting((entry) -> entry.path("action").asString())
			.containsExactly("REPORT", "OVERDUE", "OVERDUE");
		assertThat(detail.path("supervisions")).hasSize(1);
		assertThat(detail.path("supervisions").get(0).path("note").asString()).contains("立案").contains("超时");
		assertThat(detail.path("sla").path("overdueLevel").asString()).isEqualTo("RED");
		JsonNode accepted = ok(this.cases.act(DemoUser.DISPATCHER, id, "accept", "{}"));
		assertThat(accepted.path("late").asBoolean()).isTrue();
		long supervision = detail.path("supervisions").get(0).path("id").asLong();
		ok(this.cases.act(DemoUser.DISPATCHER, id, "supervisions/" + supervision + "/reply",
				"{\"reply\":\"已立案，马上派遣\"}"));
		assertThat(this.cases
			.act(DemoUser.DISPATCHER, id, "supervisions/" + supervision + "/reply", "{\"reply\":\"again\"}")
			.status()).isEqualTo(409);
	}

	@Test
	void aRedCaseOfADepartmentIsEscalatedToTheAreaItServes() {
		at("2026-11-23T09:00");
		long id = this.cases.dispatched();
		at("2026-11-27T09:00");
		this.watch.run();
		assertThat(this.events.of(id, CaseOverdue.class)).last().satisfies((event) -> {
			assertThat(event.level()).isEqualTo(OverdueLevel.RED);
			assertThat(event.stage()).isEqualTo(Stage.HANDLE);
			assertThat(event.escalatedToOrgCode()).isEqualTo("210105");
		});
	}

	@Test
	void aLeaseHeldByAnotherNodeSkipsTheRound() {
		at("2026-11-23T09:00");
		long id = this.cases.reported();
		at("2026-11-23T10:30");
		// another node's ShedLock provider on the same database holds the round
		LockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(this.dataSource))
			.usingDbTime()
			.build());
		SimpleLock held = otherNode
			.lock(new LockConfiguration(Instant.now(), SlaWatch.JOB, Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();
		try {
			assertThat(this.watch.run()).isZero();
			assertThat(this.events.of(id, CaseOverdue.class)).isEmpty();
		}
		finally {
			held.unlock();
		}
		assertThat(this.watch.run()).isPositive();
		assertThat(this.events.of(id, CaseOverdue.class)).isNotEmpty();
	}

	@Test
	void aLeaderSupervisesAndTheUnitReplies() {
		at("2026-11-23T09:00");
		long id = this.cases.dispatched();
		assertThat(this.cases.act(DemoUser.RESIDENT, id, "supervise", "{\"reason\":\"快点\"}").status()).isEqualTo(403);
		JsonNode supervised = ok(this.cases.act(DemoUser.LEADER, id, "supervise", "{\"reason\":\"请今天内办结\"}"));
		assertThat(this.events.of(id, CaseSupervised.class)).singleElement()
			.satisfies((event) -> assertThat(event.note()).isEqualTo("请今天内办结"));
		long supervision = supervised.path("supervisions").get(0).path("id").asLong();
		assertThat(this.cases
			.act(DemoUser.DEPARTMENT_HOUSING, id, "supervisions/" + supervision + "/reply", "{\"reply\":\"收到\"}")
			.status()).isEqualTo(404);
		JsonNode replied = ok(this.cases.act(DemoUser.DEPARTMENT, id, "supervisions/" + supervision + "/reply",
				"{\"reply\":\"收到，下午到场\"}"));
		assertThat(replied.path("supervisions").get(0).path("reply").asString()).isEqualTo("收到，下午到场");
		assertThat(replied.path("supervisions").get(0).path("repliedByName").asString())
			.isEqualTo(DemoUser.DEPARTMENT.displayName());
	}

}
