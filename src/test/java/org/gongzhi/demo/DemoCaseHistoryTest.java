package org.gongzhi.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.cases.PastCase;
import org.gongzhi.evaluation.IndicatorRebuild;
import org.gongzhi.org.GridArea;
import org.gongzhi.org.OrgGeography;
import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo history (300 cases in the test profile, entered before the tests begin): the
 * same seed plans the same cases, the database holds them, running again adds nothing,
 * and the indicators rebuilt from the case events agree with a count of the cases.
 */
@Order(1)
class DemoCaseHistoryTest extends ApplicationTest {

	@Autowired
	private DemoCaseHistory history;

	@Autowired
	private DemoHistoryProgress progress;

	@Autowired
	private DemoCast cast;

	@Autowired
	private OrgGeography geography;

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private IndicatorRebuild rebuild;

	@Autowired
	private AllCaseEvents events;

	@Test
	void theSameSeedPlansTheSameCasesAndAnotherSeedOthers() {
		DemoHistoryProgress.State state = finishedHistory();
		List<PastCase> first = plan(state.seed(), state);
		List<PastCase> again = plan(state.seed(), state);
		List<PastCase> other = plan(state.seed() + 1, state);
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(first).hasSize(state.total());
		assertThat(first).extracting(PastCase::reportedAt).isSorted();
		assertThat(first.stream().map(PastCase::categoryCode).distinct().count()).as("a mix of categories")
			.isGreaterThan(15);
	}

	@Test
	void theDatabaseHoldsThePlannedCases() {
		DemoHistoryProgress.State state = finishedHistory();
		List<PastCase> planned = plan(state.seed(), state);
		for (int i : List.of(0, 1, planned.size() / 2, planned.size() - 1)) {
			PastCase past = planned.get(i);
			long found = this.jdbc
				.sql("select count(*) from cases where reported_at = ? and category_code = ? and abs(lat - ?) < 1e-9"
						+ " and abs(lng - ?) < 1e-9")
				.params(Timestamp.from(past.reportedAt().truncatedTo(ChronoUnit.MICROS)), past.categoryCode(),
						past.lat(), past.lng())
				.query(Long.class)
				.single();
			assertThat(found).as("case %d of the plan", i).isEqualTo(1);
		}
	}

	@Test
	void runningAgainAddsNothing() throws Exception {
		DemoHistoryProgress.State state = finishedHistory();
		long before = historyCases(state);
		this.history.run(new DefaultApplicationArguments());
		assertThat(this.history.generate()).isZero();
		assertThat(historyCases(state)).isEqualTo(before).isEqualTo(state.total());
		assertThat(this.progress.find().orElseThrow().entered()).isEqualTo(state.total());
	}

	@Test
	void theRollupsRebuiltFromTheCaseEventsAgreeWithACountOfTheCases() {
		DemoHistoryProgress.State state = finishedHistory();
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
		this.rebuild.rebuild(this.events.all().stream());
		LocalDate to = state.end().atZone(DemoHistoryPlan.ZONE).toLocalDate().minusDays(1);
		LocalDate from = to.minusDays(state.days() - 1L);
		JsonNode report = http().loginAs(DemoUser.LEADER)
			.get("/api/indicators?org=" + DemoDistrict.DISTRICT + "&from=" + from + "&to=" + to + "&groupBy=street")
			.json();
		Map<String, Long> reported = new TreeMap<>();
		report.path("groups")
			.forEach((group) -> reported.put(group.path("key").asString(),
					group.path("counters").path("reported").asLong()));
		Map<String, Long> counted = new TreeMap<>();
		this.jdbc
			.sql("select substring(org_code, 1, 9), count(*) from cases where reported_at >= ? and reported_at < ?"
					+ " group by substring(org_code, 1, 9)")
			.params(start(from), start(to.plusDays(1)))
			.query((rs) -> {
				counted.put(rs.getString(1), rs.getLong(2));
			});
		reported.values().removeIf((count) -> count == 0);
		assertThat(reported).isNotEmpty().isEqualTo(counted);
		JsonNode total = report.path("total").path("counters");
		assertThat(total.path("shouldClose").asLong()).isEqualTo(
				count("select count(*) from cases where reported_at >= ? and reported_at < ? and state <> 'REJECTED'",
						from, to));
		assertThat(total.path("shouldCloseClosed").asLong()).isEqualTo(count(
				"select count(*) from cases where reported_at >= ? and reported_at < ? and state in ('CLOSED', 'EVALUATED')",
				from, to));
		assertThat(total.path("rated").asLong()).isEqualTo(
				count("select count(*) from cases where evaluated_at >= ? and evaluated_at < ? and rating is not null",
						from, to));
		assertThat(total.path("escalated").asLong() + total.path("returned").asLong() + total.path("rework").asLong())
			.as("returns, reworks and escalations happen")
			.isPositive();
	}

	private long count(String sql, LocalDate from, LocalDate to) {
		return this.jdbc.sql(sql).params(start(from), start(to.plusDays(1))).query(Long.class).single();
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(DemoHistoryPlan.ZONE).toInstant());
	}

	private DemoHistoryProgress.State finishedHistory() {
		this.history.done().join();
		DemoHistoryProgress.State state = this.progress.find().orElseThrow();
		assertThat(state.finished()).isTrue();
		return state;
	}

	private long historyCases(DemoHistoryProgress.State state) {
		return this.jdbc.sql("select count(*) from cases where reported_at < ?")
			.param(Timestamp.from(state.end()))
			.query(Long.class)
			.single();
	}

	private List<PastCase> plan(long seed, DemoHistoryProgress.State state) {
		List<GridArea> grids = this.geography.gridAreas(DemoDistrict.DISTRICT);
		DemoHistoryPlan plan = new DemoHistoryPlan(seed, state.total(), state.days(), state.end(), grids,
				this.cast.assemble(DemoDistrict.SEED), this.calendar, this.history::pointIn);
		return IntStream.range(0, plan.size()).mapToObj(plan::plan).toList();
	}

}
