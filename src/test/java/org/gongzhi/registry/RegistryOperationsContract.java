package org.gongzhi.registry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's figures and upkeep on each database: coverage (采集率) equals a direct
 * count and follows what is recorded; persons moved out long ago are archived.
 */
abstract class RegistryOperationsContract extends ApplicationTest {

	@Autowired
	private RegistryRetention retention;

	@Autowired
	private AuditLog audit;

	@Autowired
	private DemoPopulationJob demoPopulation;

	/**
	 * The demo population is written in the background after start: let it finish first.
	 */
	@BeforeEach
	void demoPopulationWritten() throws InterruptedException {
		assertThat(this.demoPopulation.awaitFinished(Duration.ofMinutes(5))).isTrue();
	}

	@Test
	void theDemoPopulationIsWrittenOnceInTheBackground() {
		// the test profile asks for 2,000 persons
		assertThat(count("select count(*) from registry_person_event where kind = 'CREATED' and detail = ?",
				"demo population"))
			.isEqualTo(2000);
		assertThat(count("select persons from registry_demo_progress where id = 1")).isEqualTo(2000);
		assertThat(count("select count(*) from registry_group_member m join registry_person_event e"
				+ " on e.person_id = m.person_id and e.detail = 'demo population'"))
			.isBetween(5L, 80L);
		// running it again writes nothing
		assertThat(this.demoPopulation.generate()).isZero();
		assertThat(count("select count(*) from registry_person_event where kind = 'CREATED' and detail = ?",
				"demo population"))
			.isEqualTo(2000);
	}

	@Test
	void coverageEqualsADirectCountAndFollowsWhatIsRecorded() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String grid = RegistryFixture.GRID;
		JsonNode before = community.get("/api/registry/coverage?org=" + grid).json().path("figures");

		long household = fixture.household();
		long head = fixture.person(household, "覆盖甲", RegistryFixture.newIdNumber(), null).path("id").asLong();
		fixture.person(household, "覆盖乙", RegistryFixture.newIdNumber(), null);
		assertThat(community.postJson("/api/registry/persons/" + head + "/groups", "{\"groupCode\":\"DISABLED\"}")
			.status()).isEqualTo(201);
		// a record untouched for two years is out of date
		this.jdbc.sql("update registry_person set updated_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(730))), head)
			.update();
		// the first visit was due at once; a day later it is overdue
		this.clock.advance(Duration.ofDays(1));
		// (a day without a request ends the session)
		community = http().loginAs(DemoUser.COMMUNITY_WORKER);

		JsonNode after = community.get("/api/registry/coverage?org=" + grid).json();
		JsonNode figures = after.path("figures");
		assertThat(after.path("level").asString()).isEqualTo("GRID");
		assertThat(figures.path("persons").asLong() - before.path("persons").asLong()).isEqualTo(2);
		assertThat(figures.path("households").asLong() - before.path("households").asLong()).isEqualTo(1);
		assertThat(figures.path("stale").asLong() - before.path("stale").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(figures.path("specialGroupMembers").asLong() - before.path("specialGroupMembers").asLong())
			.isEqualTo(1);
		assertThat(figures.path("overdueVisits").asLong()).isGreaterThanOrEqualTo(1);

		// the same figures counted directly
		long persons = count("select count(*) from registry_person where org_code = ? and household_id is not null",
				grid);
		long households = count("select count(distinct household_id) from registry_person where org_code = ?"
				+ " and household_id is not null", grid);
		long stale = count(
				"select count(*) from registry_person where org_code = ? and household_id is not null"
						+ " and updated_at < ?",
				grid, Timestamp.from(this.clock.instant().minus(Duration.ofDays(365))));
		long members = count("select count(distinct m.person_id) from registry_group_member m join registry_person p"
				+ " on p.id = m.person_id where m.org_code = ? and m.until is null and p.household_id is not null",
				grid);
		long population = count("select population from org_unit where code = ?", grid);
		assertThat(figures.path("persons").asLong()).isEqualTo(persons);
		assertThat(figures.path("households").asLong()).isEqualTo(households);
		assertThat(figures.path("stale").asLong()).isEqualTo(stale);
		assertThat(figures.path("specialGroupMembers").asLong()).isEqualTo(members);
		assertThat(figures.path("populationEstimated").asLong()).isEqualTo(population);
		assertThat(figures.path("personRate").asDouble()).isEqualTo(Math.round(1000.0 * persons / population) / 10.0);

		// the community's row of this grid holds the same figures, and the community sums
		// its grids
		JsonNode communityView = community.get("/api/registry/coverage?org=" + RegistryFixture.COMMUNITY).json();
		long sum = 0;
		for (JsonNode child : communityView.path("children")) {
			sum += child.path("figures").path("persons").asLong();
			if (child.path("code").asString().equals(grid)) {
				assertThat(child.path("figures")).isEqualTo(figures);
			}
		}
		assertThat(communityView.path("figures").path("persons").asLong()).isEqualTo(sum);
		assertThat(communityView.path("figures").path("persons").asLong())
			.isEqualTo(count("select count(*) from registry_person where org_code like ? and household_id is not null",
					RegistryFixture.COMMUNITY + "%"));
	}

	@Test
	void coverageIsCountedWithinTheCallersScopeOnly() {
		TestHttp other = http().loginAs("grid2", DemoUser.password());
		assertThat(other.get("/api/registry/coverage?org=" + RegistryFixture.GRID).status()).isEqualTo(404);
		assertThat(other.get("/api/registry/coverage").json().path("code").asString())
			.isEqualTo(RegistryFixture.COMMUNITY + "002");
		assertThat(http().loginAs(DemoUser.LEADER).get("/api/registry/coverage?org=210105").status()).isEqualTo(200);
		assertThat(http().loginAs(DemoUser.DEPARTMENT).get("/api/registry/coverage").status()).isEqualTo(403);
		assertThat(http().loginAs(DemoUser.COMMUNITY_WORKER)
			.get("/registry/coverage/panel?org=" + RegistryFixture.GRID)
			.body()).contains("data-testid=\"coverage-panel\"");
	}

	@Test
	void personsMovedOutLongerThanTheRetentionPeriodAreArchivedKeepingTheirStatistics() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String oldId = RegistryFixture.newIdNumber();
		String recentId = RegistryFixture.newIdNumber();
		long old = fixture.person(fixture.household(), "归档甲", oldId, RegistryFixture.newPhone()).path("id").asLong();
		long recent = fixture.person(fixture.household(), "归档乙", recentId, RegistryFixture.newPhone())
			.path("id")
			.asLong();
		assertThat(
				community.postJson("/api/registry/persons/" + old + "/groups", "{\"groupCode\":\"DISABLED\"}").status())
			.isEqualTo(201);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(community
			.postJson("/api/registry/persons/" + old + "/move-out", "{\"date\":\"" + today.minusYears(4) + "\"}")
			.status()).isEqualTo(200);
		assertThat(community
			.postJson("/api/registry/persons/" + recent + "/move-out", "{\"date\":\"" + today.minusYears(1) + "\"}")
			.status()).isEqualTo(200);

		this.retention.nightly();

		Map<String, Object> archived = this.jdbc.sql("select * from registry_person where id = ?")
			.param(old)
			.query()
			.singleRow();
		assertThat(archived.get("archived_at")).isNotNull();
		assertThat(archived.get("name")).isEqualTo("-");
		assertThat(archived.get("id_number")).isNull();
		assertThat(archived.get("id_number_hash")).isNull();
		assertThat(archived.get("id_number_masked")).isNull();
		assertThat(archived.get("phone")).isNull();
		assertThat(archived.get("phone_hash")).isNull();
		// what statistics need stays: gender, birth year, residence, where and when
		assertThat(archived.get("gender")).isEqualTo(IdNumbers.gender(oldId).name());
		assertThat(((java.sql.Date) archived.get("birth_date")).toLocalDate())
			.isEqualTo(LocalDate.of(IdNumbers.birthDate(oldId).orElseThrow().getYear(), 1, 1));
		assertThat(archived.get("org_code")).isEqualTo(RegistryFixture.GRID);
		assertThat(archived.get("move_out_date")).isNotNull();
		assertThat(this.jdbc.sql("select kind from registry_person_event where person_id = ?")
			.param(old)
			.query(String.class)
			.list()).containsExactly("ARCHIVED");
		assertThat(count("select count(*) from registry_group_member where person_id = ? and until is null", old))
			.isZero();
		// the recently moved-out person is kept as is
		assertThat(this.jdbc.sql("select archived_at from registry_person where id = ?")
			.param(recent)
			.query()
			.singleRow()
			.get("archived_at")).isNull();
		assertThat(this.audit.latest("REGISTRY_PERSONS_ARCHIVED", null, 5)).isNotEmpty();
		// the number is free again: the person may be registered anew
		assertThat(fixture.register(fixture.household(), "归档甲", oldId, null).status()).isEqualTo(201);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
