package org.gongzhi.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.cases.CaseReported;
import org.gongzhi.cases.CaseState;
import org.gongzhi.demo.DemoUser;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Indicators from case events, checked against a direct computation over the same events.
 * Each test owns its id range, year and category prefix, so tests sharing the context do
 * not see each other's cases.
 */
abstract class IndicatorsContract extends ApplicationTest {

	static final String DISTRICT = "210105";

	static final String STREET = "210105001";

	static final String COMMUNITY = "210105001002";

	/** The main stream: ids, categories (prefix T1-) and its period. */
	private static final long STREAM_FIRST_ID = 7_100_000_000L;

	private static final Instant STREAM_START = OffsetDateTime.of(2030, 10, 20, 0, 0, 0, 0, ZoneOffset.ofHours(8))
		.toInstant();

	private static final LocalDate STREAM_FROM = LocalDate.of(2030, 10, 1);

	private static final LocalDate STREAM_TO = LocalDate.of(2030, 12, 31);

	/**
	 * Handling units of the main stream: no departments or org units of the demo, so that
	 * the notify module has no one to tell of thousands of made-up cases.
	 */
	private static final List<String> UNITS = List.of("T1-CG", "T1-CG-001", "T1-ZJ", "T1-SJ", "210105999");

	private static final List<String> CATEGORIES = List.of("T1-0101", "T1-0102", "T1-0301", "T1-0502", "T1-1001");

	@Autowired
	private OrgUnits orgUnits;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private IndicatorRecorder recorder;

	@Autowired
	private IndicatorRebuild rebuild;

	private List<CaseEvent> stream;

	private String otherCommunity;

	@BeforeEach
	void theMainStreamIsCounted() {
		this.otherCommunity = this.orgUnits.within(STREET, OrgLevel.COMMUNITY)
			.stream()
			.map(OrgUnit::code)
			.filter((code) -> !code.equals(COMMUNITY))
			.findFirst()
			.orElseThrow();
		List<String> grids = new ArrayList<>();
		for (String community : List.of(COMMUNITY, this.otherCommunity)) {
			this.orgUnits.within(community, OrgLevel.GRID).stream().limit(3).map(OrgUnit::code).forEach(grids::add);
		}
		assertThat(grids).hasSize(6);
		this.stream = new CaseLifecycles(20261123L, grids, UNITS, CATEGORIES, STREAM_FIRST_ID, STREAM_START,
				Duration.ofDays(40))
			.generate(400);
		publishAndWait(this.stream);
	}

	@Test
	void theStreamHasEveryKindOfEvent() {
		DirectIndicators.Expected total = direct(this.stream, DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.NONE)
			.get("*");
		for (String counter : List.of("reported", "selfHandled", "rejected", "returned", "rework", "reopened",
				"overdueRed", "escalated", "supervised", "dissatisfied", "shouldCloseClosed")) {
			assertThat(total.counters().get(counter)).as(counter).isPositive();
		}
		assertThat(total.counters().get("shouldCloseClosed")).isLessThan(total.counters().get("shouldClose"));
		assertThat(total.states().keySet()).contains(CaseState.REPORTED, CaseState.ACCEPTED, CaseState.DISPATCHED,
				CaseState.HANDLED, CaseState.REJECTED, CaseState.CLOSED, CaseState.EVALUATED);
	}

	@Test
	void theDistrictOverTheWholePeriodEqualsTheDirectComputation() {
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.NONE);
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.DISTRICT);
	}

	@Test
	void communitiesOfTheStreetAndGridsOfACommunityEqualTheDirectComputation() {
		check(STREET, null, STREAM_FROM, STREAM_TO, GroupBy.COMMUNITY);
		check(COMMUNITY, null, LocalDate.of(2030, 11, 1), LocalDate.of(2030, 11, 30), GroupBy.GRID);
		check(this.otherCommunity, null, LocalDate.of(2030, 10, 25), LocalDate.of(2030, 11, 12), GroupBy.STREET);
	}

	@Test
	void unitsWorkersAndCategoriesEqualTheDirectComputation() {
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.UNIT);
		check(DISTRICT, null, LocalDate.of(2030, 10, 25), LocalDate.of(2030, 11, 10), GroupBy.WORKER);
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.CATEGORY);
		check(DISTRICT, "T1-CG", STREAM_FROM, STREAM_TO, GroupBy.NONE);
		check(STREET, "T1-CG", STREAM_FROM, STREAM_TO, GroupBy.UNIT);
		check(DISTRICT, "210105", STREAM_FROM, STREAM_TO, GroupBy.UNIT);
	}

	@Test
	void daysWeeksAndMonthsEqualTheDirectComputation() {
		check(DISTRICT, null, LocalDate.of(2030, 11, 1), LocalDate.of(2030, 11, 14), GroupBy.DAY);
		check(STREET, null, STREAM_FROM, STREAM_TO, GroupBy.WEEK);
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.MONTH);
	}

	@Test
	void reportsOfWidePlacesReadTheAreaRowsAndEqualTheDirectComputation() {
		// the stream has its period to itself, so that without a category filter the
		// counters are the stream's; cases in each state are of now, of every test
		assertThat(Area.answering(DISTRICT, null, null, GroupBy.STREET)).isPresent();
		checkCounters(DISTRICT, null, null, STREAM_FROM, STREAM_TO, GroupBy.NONE);
		checkCounters(DISTRICT, null, null, STREAM_FROM, STREAM_TO, GroupBy.STREET);
		checkCounters(DISTRICT, null, null, LocalDate.of(2030, 11, 1), LocalDate.of(2030, 11, 14), GroupBy.DAY);
		checkCounters(STREET, null, null, STREAM_FROM, STREAM_TO, GroupBy.COMMUNITY);
		checkCounters(STREET, null, null, STREAM_FROM, STREAM_TO, GroupBy.WEEK);
		checkCounters(COMMUNITY, null, null, STREAM_FROM, STREAM_TO, GroupBy.NONE);
		checkCounters(DISTRICT, null, null, STREAM_FROM, STREAM_TO, GroupBy.UNIT);
		checkCounters(STREET, null, null, LocalDate.of(2030, 10, 25), LocalDate.of(2030, 11, 30), GroupBy.UNIT);
		checkCounters(DISTRICT, "T1-CG", null, STREAM_FROM, STREAM_TO, GroupBy.STREET);
		checkCounters(DISTRICT, null, null, STREAM_FROM, STREAM_TO, GroupBy.CATEGORY);
		checkCounters(STREET, null, null, STREAM_FROM, STREAM_TO, GroupBy.CATEGORY);
		// below the kept areas, the grids' rows
		checkCounters(COMMUNITY, null, null, STREAM_FROM, STREAM_TO, GroupBy.GRID);
	}

	@Test
	void theAreaRowsAreTheGridsRowsSummedAndNoCountOfCasesStaysAtZero() {
		assertAreaRowsAreSums();
		assertThat(
				this.jdbc.sql("select count(*) from indicator_state_count where cases = 0").query(Long.class).single())
			.isZero();
		assertThat(
				this.jdbc.sql("select count(*) from indicator_state_area where cases = 0").query(Long.class).single())
			.isZero();
	}

	@Test
	void withoutACategoryTheCountersOfThePeriodAreTheStreamsAlone() {
		JsonNode report = leader().get("/api/indicators?org=" + DISTRICT + "&from=" + STREAM_FROM + "&to=" + STREAM_TO)
			.json();
		DirectIndicators.Expected expected = direct(this.stream, DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.NONE)
			.get("*");
		assertGroup("total", report.path("total"), expected, false);
		assertThat(report.path("definitionsVersion").asString()).isEqualTo(IndicatorDefinitions.VERSION);
		assertThat(report.path("orgName").asString()).isEqualTo("皇姑区");
	}

	@Test
	void theRowsWithoutTheWorkerAreTheWorkersRowsSummed() {
		assertRowsWithoutWorkerAreSums();
		// and they are what the reports read: a grouping by worker sums to the same total
		String period = "&category=T1-&from=" + STREAM_FROM + "&to=" + STREAM_TO;
		JsonNode byWorker = leader().get("/api/indicators?org=" + DISTRICT + period + "&groupBy=worker").json();
		JsonNode byUnit = leader().get("/api/indicators?org=" + DISTRICT + period + "&groupBy=unit").json();
		assertThat(byWorker.path("total").path("counters")).isEqualTo(byUnit.path("total").path("counters"));
		assertThat(byWorker.path("total").path("indicators")).isEqualTo(byUnit.path("total").path("indicators"));
	}

	@Test
	void rebuildingFromTheTimelineInAnyOrderGivesTheSameRollups() {
		List<CaseEvent> shuffled = new ArrayList<>(this.stream);
		Collections.shuffle(shuffled, new Random(7));
		assertThat(this.rebuild.rebuild(shuffled.stream())).isEqualTo(this.stream.size());
		assertRowsWithoutWorkerAreSums();
		assertAreaRowsAreSums();
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.NONE);
		check(STREET, null, STREAM_FROM, STREAM_TO, GroupBy.COMMUNITY);
		check(DISTRICT, null, STREAM_FROM, STREAM_TO, GroupBy.UNIT);
	}

	@Test
	void anEventAt2330BeijingTimeCountsOnThatDayNotTheNext() {
		long first = 7_200_000_000L;
		List<CaseEvent> events = List.of(reported(first, "2031-03-13T16:00:00Z"), // 00:00
																					// on
																					// 14
																					// March
																					// in
																					// Beijing
				reported(first + 1, "2031-03-14T15:30:00Z"), // 23:30 on 14 March
				reported(first + 2, "2031-03-14T16:30:00Z"), // 00:30 on 15 March
				reported(first + 3, "2031-03-31T15:59:59Z"), // 23:59:59 on 31 March
				reported(first + 4, "2031-03-31T16:00:00Z")); // 00:00 on 1 April
		publishAndWait(events);
		JsonNode days = leader()
			.get("/api/indicators?org=" + DISTRICT + "&category=T2-&from=2031-03-13&to=2031-03-15&groupBy=day")
			.json();
		assertThat(reportedPerGroup(days)).containsExactly(Map.entry("2031-03-13", 0L), Map.entry("2031-03-14", 2L),
				Map.entry("2031-03-15", 1L));
		JsonNode months = leader()
			.get("/api/indicators?org=" + DISTRICT + "&category=T2-&from=2031-03-01&to=2031-04-30&groupBy=month")
			.json();
		assertThat(reportedPerGroup(months)).containsExactly(Map.entry("2031-03", 4L), Map.entry("2031-04", 1L));
		JsonNode oneDay = leader()
			.get("/api/indicators?org=" + DISTRICT + "&category=T2-&from=2031-03-14&to=2031-03-14")
			.json();
		assertThat(oneDay.path("total").path("counters").path("reported").asLong()).isEqualTo(2);
	}

	@Test
	void theSameEventDeliveredTwiceCountsOnce() {
		long first = 7_300_000_000L;
		CaseFacts facts = new CaseFacts(first, "HG-T3", COMMUNITY + "001", "T3-0101", null, 900_001L);
		CaseReported reported = new CaseReported(first, facts, Instant.parse("2032-01-05T02:00:00Z"), 900_001L,
				"GRID_WORKER", true);
		CaseClosed closed = new CaseClosed(first + 1, facts, Instant.parse("2032-01-05T05:00:00Z"), 900_201L, true,
				true, Duration.ofHours(3));
		publishAndWait(List.of(reported, closed));
		publish(List.of(reported, closed));
		try {
			// both deliveries of each event are over when their publications are gone
			await().atMost(Duration.ofMinutes(2))
				.until(() -> this.jdbc
					.sql("select count(*) from event_publication where listener_id like ? and serialized_event like ?")
					.params("%evaluation%", "%" + first + "%")
					.query(Long.class)
					.single() == 0);
		}
		catch (RuntimeException ex) {
			// say what is left over, to tell a slow listener from a lost completion
			System.err
				.println("Publications left: " + this.jdbc.sql("select * from event_publication").query().listOfRows());
			throw ex;
		}
		assertThat(this.recorder.record(closed)).isFalse();
		JsonNode total = leader().get("/api/indicators?org=" + DISTRICT + "&category=T3-&from=2032-01-01&to=2032-01-31")
			.json()
			.path("total");
		assertThat(total.path("counters").path("reported").asLong()).isEqualTo(1);
		assertThat(total.path("counters").path("selfHandled").asLong()).isEqualTo(1);
		assertThat(total.path("counters").path("closed").asLong()).isEqualTo(1);
		assertThat(total.path("counters").path("closureSecondsSum").asLong()).isEqualTo(3 * 3600);
		assertThat(total.path("counters").path("shouldCloseClosed").asLong()).isEqualTo(1);
		assertThat(total.path("states").path("CLOSED").asLong()).isEqualTo(1);
		assertThat(total.path("states").path("HANDLED").asLong()).isZero();
	}

	@Test
	void concurrentEventsOnOneRollupRowLoseNothing() throws Exception {
		long first = 7_400_000_000L;
		int cases = 200;
		Instant at = Instant.parse("2033-06-01T03:00:00Z");
		List<CaseEvent> events = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			CaseFacts facts = new CaseFacts(first + i, "HG-T4-" + i, COMMUNITY + "001", "T4-0101", null, 900_001L);
			events.add(new CaseReported(first + 2L * i, facts, at, 900_001L, "GRID_WORKER", false));
			events.add(new CaseAccepted(first + 2L * i + 1, facts, at.plusSeconds(60), 900_201L, i % 4 != 0));
		}
		Collections.shuffle(events, new Random(11));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				List<CaseEvent> share = events.subList(t * events.size() / 8, (t + 1) * events.size() / 8);
				done.add(threads.submit(() -> share.forEach(this.recorder::record)));
			}
			for (Future<?> future : done) {
				future.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdown();
		}
		JsonNode total = leader().get("/api/indicators?org=" + DISTRICT + "&category=T4-&from=2033-06-01&to=2033-06-01")
			.json()
			.path("total");
		assertThat(total.path("counters").path("reported").asLong()).isEqualTo(cases);
		assertThat(total.path("counters").path("accepted").asLong()).isEqualTo(cases);
		assertThat(total.path("counters").path("acceptedWithinLimit").asLong()).isEqualTo(cases * 3 / 4);
		assertThat(total.path("counters").path("shouldClose").asLong()).isEqualTo(cases);
		assertThat(total.path("indicators").path("responseRate").asDouble()).isEqualTo(0.75);
		assertThat(total.path("states").path("ACCEPTED").asLong()).isEqualTo(cases);
		assertThat(total.path("states").path("REPORTED").asLong()).isZero();
	}

	/**
	 * While one event waits for a lock, the events arriving meanwhile queue up and are
	 * then counted together in one transaction (they share its claim time): two events of
	 * one case, an event delivered twice at once and one counted before each count once.
	 */
	@Test
	void eventsWaitingForTheLeaderAreCountedTogetherAndEachOnce() throws Exception {
		long first = 7_600_000_000L;
		Instant at = Instant.parse("2035-06-01T03:00:00Z");
		CaseFacts blocked = new CaseFacts(first, "HG-T6-B", COMMUNITY + "001", "T6-0101", null, 900_001L);
		CaseReported blockedReport = new CaseReported(first, blocked, at, 900_001L, "GRID_WORKER", false);
		assertThat(this.recorder.record(blockedReport)).isTrue();
		List<CaseEvent> waiting = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			CaseFacts facts = new CaseFacts(first + i, "HG-T6-" + i, COMMUNITY + "001", "T6-0101", null, 900_001L);
			waiting.add(new CaseReported(first + 100 + 2L * i, facts, at, 900_001L, "GRID_WORKER", false));
			waiting.add(new CaseAccepted(first + 101 + 2L * i, facts, at.plusSeconds(60), 900_201L, i % 4 != 0));
		}
		waiting.add(waiting.get(0));
		waiting.add(blockedReport);
		ExecutorService threads = Executors.newFixedThreadPool(waiting.size() + 1);
		List<Boolean> counted = new ArrayList<>();
		try {
			List<Future<Boolean>> answers = new TransactionTemplate(this.transactions).execute((status) -> {
				this.jdbc.sql("select case_id from indicator_case where case_id = ? for update")
					.param(first)
					.query(Long.class)
					.single();
				Future<Boolean> leader = threads.submit(() -> this.recorder
					.record(new CaseAccepted(first + 1, blocked, at.plusSeconds(60), 900_201L, true)));
				pause(200);
				List<Future<Boolean>> sent = new ArrayList<>(
						waiting.stream().map((event) -> threads.submit(() -> this.recorder.record(event))).toList());
				pause(500);
				sent.add(leader);
				return sent;
			});
			for (Future<Boolean> answer : answers) {
				counted.add(answer.get(2, TimeUnit.MINUTES));
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(counted.subList(2, 40)).containsOnly(true);
		assertThat(List.of(counted.get(0), counted.get(40))).containsExactlyInAnyOrder(true, false);
		assertThat(counted.get(41)).as("counted before").isFalse();
		assertThat(counted.get(42)).isTrue();
		assertThat(this.jdbc
			.sql("select count(distinct processed_at) from indicator_processed_event where event_id between ? and ?")
			.params(first + 100, first + 200)
			.query(Long.class)
			.single()).as("claimed together").isLessThanOrEqualTo(2);
		JsonNode total = leader().get("/api/indicators?org=" + DISTRICT + "&category=T6-&from=2035-06-01&to=2035-06-01")
			.json()
			.path("total");
		assertThat(total.path("counters").path("reported").asLong()).isEqualTo(21);
		assertThat(total.path("counters").path("accepted").asLong()).isEqualTo(21);
		assertThat(total.path("counters").path("acceptedWithinLimit").asLong()).isEqualTo(1 + 15);
		assertThat(total.path("counters").path("shouldClose").asLong()).isEqualTo(21);
		assertThat(total.path("states").path("ACCEPTED").asLong()).isEqualTo(21);
		assertThat(total.path("states").path("REPORTED").asLong()).isZero();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aCommunityWorkerSeesTheirCommunityAndNoOther() {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		JsonNode own = community.get("/api/indicators?from=" + STREAM_FROM + "&to=" + STREAM_TO + "&category=T1-")
			.json();
		assertThat(own.path("org").asString()).isEqualTo(COMMUNITY);
		assertGroup("own", own.path("total"),
				direct(this.stream, COMMUNITY, null, STREAM_FROM, STREAM_TO, GroupBy.NONE).get("*"), true);
		TestHttp.Response other = community.get("/api/indicators?org=" + this.otherCommunity);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(community.get("/api/indicators?org=" + STREET).status()).isEqualTo(404);
	}

	@Test
	void departmentStaffSeeTheirDepartmentOnly() {
		List<CaseEvent> events = new CaseLifecycles(5, List.of(COMMUNITY + "001"),
				List.of("210105-CG", "210105-CG-001", "210105-ZJ"), List.of("T5-0101"), 7_500_000_000L,
				Instant.parse("2034-02-01T01:00:00Z"), Duration.ofDays(5))
			.generate(15);
		publishAndWait(events);
		TestHttp department = http().loginAs(DemoUser.DEPARTMENT);
		LocalDate from = LocalDate.of(2034, 1, 1);
		LocalDate to = LocalDate.of(2034, 12, 31);
		JsonNode own = department.get("/api/indicators?from=" + from + "&to=" + to + "&category=T5-&groupBy=unit")
			.json();
		assertThat(own.path("unit").asString()).isEqualTo("210105-CG");
		Map<String, DirectIndicators.Expected> expected = new DirectIndicators(events)
			.compute(new DirectIndicators.Filter(DISTRICT, "210105-CG", "T5-", from, to), GroupBy.UNIT);
		assertThat(expected.keySet()).contains("210105-CG", "210105-CG-001");
		assertMatches(own, expected, true);
		assertThat(own.path("groups").findValuesAsString("key")).doesNotContain("210105-ZJ");
		assertThat(department.get("/api/indicators?unit=210105-ZJ").status()).isEqualTo(404);
		assertThat(department.get("/api/indicators?unit=210105-CG-001").status()).isEqualTo(200);
	}

	@Test
	void onlyStaffRolesMayAskAndBadQueriesAreProblems() {
		assertThat(http().get("/api/indicators").status()).isEqualTo(401);
		assertThat(http().loginAs(DemoUser.RESIDENT).get("/api/indicators").status()).isEqualTo(403);
		TestHttp leader = leader();
		TestHttp.Response badGrouping = leader.get("/api/indicators?groupBy=year");
		assertThat(badGrouping.status()).isEqualTo(400);
		assertThat(badGrouping.json().path("detail").asString()).contains("year");
		assertThat(leader.get("/api/indicators?from=2030-02-01&to=2030-01-01").status()).isEqualTo(400);
		assertThat(leader.get("/api/indicators?from=2020-01-01&to=2030-01-01").status()).isEqualTo(400);
		assertThat(leader.get("/api/indicators?org=21x").status()).isEqualTo(400);
		assertThat(leader.get("/api/indicators?org=999999").status()).isEqualTo(404);
		assertThat(leader.get("/api/indicators?groupBy=grid").status()).isEqualTo(200);
	}

	/**
	 * Compares the API's report with the direct computation, group by group and in total.
	 */
	private void check(String org, String unit, LocalDate from, LocalDate to, GroupBy groupBy) {
		check(org, unit, "T1-", from, to, groupBy, true);
	}

	/**
	 * Compares the counters and ratios of the API's report with the direct computation,
	 * not the cases in each state now (other tests' cases count there too without a
	 * category filter).
	 */
	private void checkCounters(String org, String unit, String category, LocalDate from, LocalDate to,
			GroupBy groupBy) {
		check(org, unit, category, from, to, groupBy, false);
	}

	private void check(String org, String unit, String category, LocalDate from, LocalDate to, GroupBy groupBy,
			boolean states) {
		String query = "/api/indicators?org=" + org + "&from=" + from + "&to=" + to + "&groupBy="
				+ groupBy.name().toLowerCase() + ((unit != null) ? "&unit=" + unit : "")
				+ ((category != null) ? "&category=" + category : "");
		JsonNode report = leader().get(query).json();
		assertThat(report.path("groupBy").asString()).as(query).isEqualTo(groupBy.name());
		Map<String, DirectIndicators.Expected> expected = new DirectIndicators(this.stream)
			.compute(new DirectIndicators.Filter(org, unit, category, from, to), groupBy);
		assertThat(expected).as(query).isNotEmpty();
		assertMatches(report, expected, states);
		assertGroup(query + " total", report.path("total"),
				new DirectIndicators(this.stream)
					.compute(new DirectIndicators.Filter(org, unit, category, from, to), GroupBy.NONE)
					.get("*"),
				states);
	}

	/**
	 * The main stream's rows of {@code indicator_rollup_unit} and
	 * {@code indicator_closure_bucket_unit} equal the rows per worker summed over the
	 * workers (rows of zeros aside: deltas of two workers may cancel out in the sum).
	 */
	private void assertRowsWithoutWorkerAreSums() {
		String key = "district_code, on_day, org_code, unit_code, category_code";
		String sums = Arrays.stream(Counter.values())
			.map((counter) -> "sum(" + counter.column() + ")")
			.collect(Collectors.joining(", "));
		Map<String, List<Long>> summed = rows("select " + key + ", " + sums
				+ " from indicator_rollup where category_code like 'T1-%' group by " + key);
		Map<String, List<Long>> unit = rows("select " + key + ", " + sums
				+ " from indicator_rollup_unit where category_code like 'T1-%' group by " + key);
		assertThat(summed).hasSizeGreaterThan(100);
		assertThat(unit).isEqualTo(summed);
		Map<String, List<Long>> bucketsSummed = rows("select " + key + ", bucket, sum(closures)"
				+ " from indicator_closure_bucket where category_code like 'T1-%' group by " + key + ", bucket");
		Map<String, List<Long>> unitBuckets = rows("select " + key + ", bucket, sum(closures)"
				+ " from indicator_closure_bucket_unit where category_code like 'T1-%' group by " + key + ", bucket");
		assertThat(bucketsSummed).isNotEmpty();
		assertThat(unitBuckets).isEqualTo(bucketsSummed);
	}

	/**
	 * The area rows of every kind kept equal the rows without the worker (of the stream's
	 * period, which is the stream's alone) and the counts of cases in each state (all of
	 * them, as they are now), summed to the area (rows of zeros aside).
	 */
	private void assertAreaRowsAreSums() {
		String areas = Area.KEPT.stream()
			.map((area) -> "(" + area.level().codeLength() + ", '" + area.breakdown().name() + "')")
			.collect(Collectors.joining(", ", "(values ", ") as a (org_level, breakdown)"));
		String key = "district_code, org_level, breakdown, org_code, unit_code, category_code";
		String cut = "r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),"
				+ " case when a.breakdown = 'UNIT' then r.unit_code else '*' end,"
				+ " case when a.breakdown = 'CATEGORY' then r.category_code else '*' end";
		String sums = Arrays.stream(Counter.values())
			.map((counter) -> "sum(" + counter.column() + ")")
			.collect(Collectors.joining(", "));
		String period = " on_day between date '" + STREAM_FROM + "' and date '" + STREAM_TO + "'";
		Map<String, List<Long>> summed = rows(7,
				"select " + cut + ", r.on_day, " + sums + " from indicator_rollup_unit r cross join " + areas + " where"
						+ period + " group by " + cut + ", r.on_day");
		Map<String, List<Long>> area = rows(7, "select " + key + ", on_day, " + sums
				+ " from indicator_rollup_area where" + period + " group by " + key + ", on_day");
		assertThat(summed).hasSizeGreaterThan(100);
		assertThat(area).isEqualTo(summed);
		Map<String, List<Long>> bucketsSummed = rows(8,
				"select " + cut + ", r.on_day, r.bucket, sum(closures)"
						+ " from indicator_closure_bucket_unit r cross join " + areas + " where" + period + " group by "
						+ cut + ", r.on_day, r.bucket");
		Map<String, List<Long>> areaBuckets = rows(8, "select " + key + ", on_day, bucket, sum(closures)"
				+ " from indicator_closure_bucket_area where" + period + " group by " + key + ", on_day, bucket");
		assertThat(bucketsSummed).isNotEmpty();
		assertThat(areaBuckets).isEqualTo(bucketsSummed);
		// counts of now: equal once no listener is counting an event of another test
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, List<Long>> statesSummed = rows(7, "select " + cut + ", r.state, sum(cases)"
					+ " from indicator_state_count r cross join " + areas + " group by " + cut + ", r.state");
			Map<String, List<Long>> areaStates = rows(7,
					"select " + key + ", state, sum(cases) from indicator_state_area group by " + key + ", state");
			assertThat(statesSummed).hasSizeGreaterThan(10);
			assertThat(areaStates).isEqualTo(statesSummed);
		});
	}

	/**
	 * Rows by their first five columns (the key), the rest as numbers; all-zero rows left
	 * out.
	 */
	private Map<String, List<Long>> rows(String sql) {
		Map<String, List<Long>> rows = new HashMap<>();
		this.jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
			List<Long> values = new ArrayList<>();
			for (int i = 6; i <= rs.getMetaData().getColumnCount(); i++) {
				values.add(rs.getLong(i));
			}
			if (values.stream().anyMatch((value) -> value != 0)) {
				rows.put(rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
						+ rs.getString(5) + ((values.size() == 2) ? "|" + values.get(0) : ""), values);
			}
		});
		return rows;
	}

	/**
	 * Rows by their first columns (the key), the rest as numbers; all-zero rows left out.
	 */
	private Map<String, List<Long>> rows(int keyColumns, String sql) {
		Map<String, List<Long>> rows = new HashMap<>();
		this.jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
			List<String> key = new ArrayList<>();
			for (int i = 1; i <= keyColumns; i++) {
				key.add(String.valueOf(rs.getObject(i)));
			}
			List<Long> values = new ArrayList<>();
			for (int i = keyColumns + 1; i <= rs.getMetaData().getColumnCount(); i++) {
				values.add(rs.getLong(i));
			}
			if (values.stream().anyMatch((value) -> value != 0)) {
				rows.put(String.join("|", key), values);
			}
		});
		return rows;
	}

	private void assertMatches(JsonNode report, Map<String, DirectIndicators.Expected> expected, boolean states) {
		Map<String, JsonNode> actual = new HashMap<>();
		report.path("groups").forEach((group) -> actual.put(group.path("key").asString(), group));
		TreeSet<String> keys = new TreeSet<>(actual.keySet());
		keys.addAll(expected.keySet());
		for (String key : keys) {
			DirectIndicators.Expected e = expected.getOrDefault(key,
					new DirectIndicators.Expected(Map.of(), Map.of(), List.of(), Map.of()));
			assertThat(actual).as("group " + key + " of " + report.path("groupBy")).containsKey(key);
			assertGroup(report.path("groupBy") + " " + key, actual.get(key), e, states && e.states() != null);
		}
	}

	private static void assertGroup(String label, JsonNode group, DirectIndicators.Expected expected, boolean states) {
		for (var component : IndicatorCounters.class.getRecordComponents()) {
			assertThat(group.path("counters").path(component.getName()).asLong()).as(label + " " + component.getName())
				.isEqualTo(expected.counters().getOrDefault(component.getName(), 0L));
		}
		for (var component : IndicatorRatios.class.getRecordComponents()) {
			String name = component.getName();
			JsonNode value = group.path("indicators").path(name);
			Double want = name.equals("p90ClosureHours") ? expected.exactP90Hours() : expected.ratios().get(name);
			if (want == null) {
				assertThat(value.isNull()).as(label + " " + name + " is null").isTrue();
			}
			else if (name.equals("p90ClosureHours")) {
				// the buckets' stated error: 5 %, or 30 seconds below a minute
				assertThat(value.asDouble()).as(label + " " + name).isCloseTo(want, within(want * 0.05 + 30 / 3600.0));
			}
			else {
				assertThat(value.asDouble()).as(label + " " + name).isCloseTo(want, within(1e-9));
			}
		}
		if (states) {
			for (CaseState state : CaseState.values()) {
				assertThat(group.path("states").path(state.name()).asLong()).as(label + " " + state)
					.isEqualTo(expected.states().getOrDefault(state, 0L));
			}
		}
	}

	private static Map<String, DirectIndicators.Expected> direct(List<CaseEvent> events, String org, String unit,
			LocalDate from, LocalDate to, GroupBy groupBy) {
		return new DirectIndicators(events).compute(new DirectIndicators.Filter(org, unit, "T1-", from, to), groupBy);
	}

	private static Map<String, Long> reportedPerGroup(JsonNode report) {
		Map<String, Long> reported = new LinkedHashMap<>();
		report.path("groups")
			.forEach((group) -> reported.put(group.path("key").asString(),
					group.path("counters").path("reported").asLong()));
		return reported;
	}

	private static CaseReported reported(long id, String at) {
		CaseFacts facts = new CaseFacts(id, "HG-T2-" + id, COMMUNITY + "001", "T2-0101", null, null);
		return new CaseReported(id, facts, Instant.parse(at), null, "OPEN311", false);
	}

	private TestHttp leader() {
		return http().loginAs(DemoUser.LEADER);
	}

	/**
	 * Publishes the events as the cases module does (after commit, through the event
	 * publication registry), unless all are counted already, and waits until they are.
	 */
	private void publishAndWait(List<CaseEvent> events) {
		long distinct = events.stream().map(CaseEvent::eventId).distinct().count();
		long low = events.stream().mapToLong(CaseEvent::eventId).min().orElseThrow();
		long high = events.stream().mapToLong(CaseEvent::eventId).max().orElseThrow();
		if (counted(low, high) == distinct) {
			return;
		}
		publish(events);
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> counted(low, high) == distinct);
	}

	/**
	 * Publishes the events in transactions of 25, as transitions of the cases module
	 * would.
	 */
	private void publish(List<CaseEvent> events) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (int i = 0; i < events.size(); i += 25) {
			List<CaseEvent> batch = events.subList(i, Math.min(events.size(), i + 25));
			transaction.executeWithoutResult((status) -> batch.forEach(this.publisher::publishEvent));
		}
	}

	private long counted(long low, long high) {
		return this.jdbc.sql("select count(*) from indicator_processed_event where event_id between ? and ?")
			.params(low, high)
			.query(Long.class)
			.single();
	}

}
