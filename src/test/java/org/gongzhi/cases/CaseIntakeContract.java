package org.gongzhi.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Role;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Intake: idempotent retries, GCJ-02 points, places outside the district, categories and
 * their extra questions.
 */
abstract class CaseIntakeContract extends CaseTestSupport {

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private CaseIntake intake;

	@Autowired
	private IntakeWrites writes;

	@BeforeEach
	void mondayMorning() {
		at("2026-11-23T09:00");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersTheFirstResponseAndCreatesNoSecondCase() {
		String key = UUID.randomUUID().toString();
		String marker = "幂等-" + key;
		String body = this.cases.report(CaseFixture.POSTERS, GRID).replace("墙上贴满了小广告", marker);
		TestHttp.Response first = as(DemoUser.RESIDENT).post("/api/cases", body, "Idempotency-Key", key);
		TestHttp.Response retry = as(DemoUser.RESIDENT).post("/api/cases", body, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(casesDescribed(marker)).isEqualTo(1);
		TestHttp.Response otherBody = as(DemoUser.RESIDENT).post("/api/cases", body.replace(marker, marker + "!"),
				"Idempotency-Key", key);
		assertThat(otherBody.status()).isEqualTo(409);
		TestHttp.Response otherCaller = as(DemoUser.GRID_WORKER).post("/api/cases", body, "Idempotency-Key", key);
		assertThat(otherCaller.status()).isEqualTo(201);
		assertThat(otherCaller.json().path("id").asLong()).isNotEqualTo(first.json().path("id").asLong());
		assertThat(casesDescribed(marker)).isEqualTo(2);
	}

	@Test
	void aGcj02PointIsStoredAsWgs84() {
		double[] wgs = pointIn(GRID);
		Coordinates.LatLng gcj = Coordinates.wgs84ToGcj02(wgs[0], wgs[1]);
		assertThat(Coordinates.distanceMetres(wgs[0], wgs[1], gcj.lat(), gcj.lng())).isBetween(100.0, 1000.0);
		String body = String.format(Locale.ROOT,
				"{\"categoryCode\":\"SJ0201\",\"lat\":%.9f,\"lng\":%.9f,\"coordSystem\":\"GCJ02\","
						+ "\"description\":\"高德地图上报\"}",
				gcj.lat(), gcj.lng());
		TestHttp.Response response = as(DemoUser.RESIDENT).post("/api/cases", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().path("lat").asDouble()).isCloseTo(wgs[0], within(1e-7));
		assertThat(response.json().path("lng").asDouble()).isCloseTo(wgs[1], within(1e-7));
		assertThat(response.json().path("orgCode").asString()).isEqualTo(GRID);
	}

	@Test
	void aReportOutsideTheDistrictIsRefusedWithAClearMessage() {
		TestHttp.Response response = as(DemoUser.RESIDENT).post("/api/cases",
				"{\"categoryCode\":\"SJ0201\",\"lat\":39.9087,\"lng\":116.3975,\"description\":\"北京天安门\"}");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).startsWith("位置不在本系统服务区域内");
	}

	@Test
	void onlyMinorClassesCanBeReportedAndRequiredQuestionsMustBeAnswered() {
		assertThat(as(DemoUser.RESIDENT).post("/api/cases", this.cases.report("SJ02", GRID)).status()).isEqualTo(400);
		assertThat(as(DemoUser.RESIDENT).post("/api/cases", this.cases.report("XX99", GRID)).status()).isEqualTo(404);
		String noise = this.cases.report("SJ0107", GRID);
		TestHttp.Response unanswered = as(DemoUser.RESIDENT).post("/api/cases", noise);
		assertThat(unanswered.status()).isEqualTo(400);
		assertThat(unanswered.json().path("detail").asString()).contains("主要发生时段");
		TestHttp.Response badChoice = as(DemoUser.RESIDENT).post("/api/cases",
				noise.replace("}", ",\"answers\":{\"noise_time\":\"noon\"}}"));
		assertThat(badChoice.status()).isEqualTo(400);
		TestHttp.Response answered = as(DemoUser.RESIDENT).post("/api/cases",
				noise.replace("}", ",\"answers\":{\"noise_time\":\"night\",\"noise_source\":[\"shop\"],\"x\":1}}"));
		assertThat(answered.status()).as(answered.body()).isEqualTo(201);
		JsonNode answers = this.cases.detail(answered.json().path("id").asLong()).path("answers");
		assertThat(answers.path("noise_time").asString()).isEqualTo("night");
		assertThat(answers.path("noise_source").get(0).asString()).isEqualTo("shop");
		assertThat(answers.has("x")).isFalse();
	}

	@Test
	void aResidentGetsTheCategorysPriorityAHotlineOperatorMaySetOne() {
		TestHttp.Response resident = as(DemoUser.RESIDENT).post("/api/cases",
				this.cases.report(CaseFixture.POSTERS, GRID).replace("}", ",\"priority\":\"URGENT\"}"));
		assertThat(resident.json().path("priority").asString()).isEqualTo("NORMAL");
		TestHttp.Response hotline = as(DemoUser.DISPATCHER).post("/api/cases",
				this.cases.report(CaseFixture.POSTERS, GRID).replace("}", ",\"priority\":\"URGENT\"}"));
		assertThat(hotline.json().path("priority").asString()).isEqualTo("URGENT");
		assertThat(this.cases.detail(hotline.json().path("id").asLong()).path("channel").asString())
			.isEqualTo("HOTLINE");
		assertThat(as(DemoUser.LEADER).post("/api/cases", this.cases.report(CaseFixture.POSTERS, GRID)).status())
			.isEqualTo(403);
	}

	@Test
	void numbersRunPerDistrictAndDay() {
		String first = as(DemoUser.RESIDENT).post("/api/cases", this.cases.report(CaseFixture.POSTERS, GRID))
			.json()
			.path("number")
			.asString();
		String second = as(DemoUser.RESIDENT).post("/api/cases", this.cases.report(CaseFixture.POSTERS, GRID))
			.json()
			.path("number")
			.asString();
		assertThat(first).startsWith("HG20261123-");
		assertThat(Integer.parseInt(second.substring(11))).isEqualTo(Integer.parseInt(first.substring(11)) + 1);
		at("2026-12-08T09:00");
		String nextDay = as(DemoUser.RESIDENT).post("/api/cases", this.cases.report(CaseFixture.POSTERS, GRID))
			.json()
			.path("number")
			.asString();
		assertThat(nextDay).isEqualTo("HG20261208-0001");
	}

	/**
	 * 64 reports at once, committed in batches by the intake writers. The writers wait
	 * for the day's counter while the test, like another node, stores the key of one of
	 * them first: that report's batch fails and is written again report by report, so
	 * only that report is refused.
	 */
	@Test
	void concurrentReportsAreEachCommittedOnceWithUniqueNumbersAndOneBadReportFailsAlone() throws Exception {
		String tag = UUID.randomUUID().toString();
		String marker = "并发-" + tag;
		String body = this.cases.report(CaseFixture.POSTERS, GRID).replace("墙上贴满了小广告", marker);
		CaseClient resident = as(DemoUser.RESIDENT);
		TestHttp.Response opening = resident.post("/api/cases", body);
		assertThat(opening.status()).as(opening.body()).isEqualTo(201);
		String district = this.jdbc.sql("select district_code from cases where id = ?")
			.param(opening.json().path("id").asLong())
			.query(String.class)
			.single();
		String stolen = "stolen-" + tag;
		String twice = "twice-" + tag;
		String reused = "reused-" + tag;
		List<Callable<TestHttp.Response>> requests = new ArrayList<>();
		for (int i = 0; i < 55; i++) {
			requests.add(() -> resident.post("/api/cases", body));
		}
		for (int i = 0; i < 3; i++) {
			String key = "own-" + i + "-" + tag;
			requests.add(() -> resident.post("/api/cases", body, "Idempotency-Key", key));
		}
		requests.add(() -> resident.post("/api/cases", body, "Idempotency-Key", twice));
		requests.add(() -> resident.post("/api/cases", body, "Idempotency-Key", twice));
		requests.add(() -> resident.post("/api/cases", body, "Idempotency-Key", reused));
		requests.add(() -> resident.post("/api/cases", body.replace(marker, marker + "!"), "Idempotency-Key", reused));
		requests.add(() -> resident.post("/api/cases", body, "Idempotency-Key", stolen));
		requests.add(() -> resident.post("/api/cases",
				"{\"categoryCode\":\"SJ0201\",\"lat\":39.9087,\"lng\":116.3975,\"description\":\"" + marker + "\"}"));
		assertThat(requests).hasSize(64);
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		List<TestHttp.Response> responses = new ArrayList<>();
		try {
			List<Future<TestHttp.Response>> answers = new TransactionTemplate(this.transactions).execute((status) -> {
				this.jdbc
					.sql("update case_number_counter set last_value = last_value where district_code = ?"
							+ " and on_day = ?")
					.params(district, java.sql.Date.valueOf(LocalDate.of(2026, 11, 23)))
					.update();
				this.jdbc
					.sql("insert into case_idempotency (caller_id, idem_key, request_hash, case_id, status, body,"
							+ " created_at) values (?, ?, ?, ?, 201, '{}', current_timestamp)")
					.params(userId(DemoUser.RESIDENT.username()), stolen, "0".repeat(64),
							opening.json().path("id").asLong())
					.update();
				List<Future<TestHttp.Response>> sent = requests.stream().map(threads::submit).toList();
				pause(Duration.ofMillis(700));
				return sent;
			});
			for (Future<TestHttp.Response> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		List<Integer> statuses = responses.stream().map(TestHttp.Response::status).toList();
		assertThat(statuses.subList(0, 58)).as(statuses.toString()).containsOnly(201);
		assertThat(statuses.subList(58, 60)).containsExactly(201, 201);
		assertThat(responses.get(59).body()).isEqualTo(responses.get(58).body());
		assertThat(statuses.subList(60, 62)).containsExactlyInAnyOrder(201, 409);
		assertThat(statuses.get(62)).isEqualTo(409);
		assertThat(responses.get(62).contentType()).startsWith("application/problem+json");
		assertThat(statuses.get(63)).isEqualTo(422);
		Set<Long> answered = new HashSet<>();
		answered.add(opening.json().path("id").asLong());
		responses.stream()
			.filter((response) -> response.status() == 201)
			.forEach((response) -> answered.add(response.json().path("id").asLong()));
		List<Case> stored = this.jdbc.sql("select id, number from cases where description like ? order by number")
			.param(marker + "%")
			.query((rs, row) -> {
				Case subject = new Case();
				subject.id = rs.getLong(1);
				subject.number = rs.getString(2);
				return subject;
			})
			.list();
		assertThat(stored).hasSize(1 + 55 + 3 + 1 + 1);
		assertThat(stored).extracting((subject) -> subject.id).containsExactlyInAnyOrderElementsOf(answered);
		List<Integer> numbers = stored.stream()
			.map((subject) -> Integer.parseInt(subject.number.substring(11)))
			.toList();
		assertThat(numbers).doesNotHaveDuplicates();
		// a report refused after its batch had its numbers leaves a gap: the stolen
		// key's,
		// and a twice sent key's if both copies came in different batches
		assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1).as("gaps")
			.isBetween(numbers.size(), numbers.size() + 3);
		for (Case subject : stored) {
			assertThat(subject.number).startsWith("HG20261123-");
			assertThat(this.events.of(subject.id, CaseReported.class)).hasSize(1);
			assertThat(this.cases.detail(subject.id).path("timeline")).hasSize(1);
		}
	}

	@Test
	void aBatchCommitsItsReportsTogetherWithConsecutiveNumbersOrNoneOfThem() {
		String tag = UUID.randomUUID().toString();
		String marker = "批量-" + tag;
		double[] point = pointIn(GRID);
		ReportForm form = new ReportForm(CaseFixture.POSTERS, point[0], point[1], null, null, marker, null, null, null,
				null, null, null);
		Actor resident = new Actor(userId(DemoUser.RESIDENT.username()), "居民", Set.of(Role.RESIDENT), COMMUNITY, null);
		List<PreparedReport> reports = List.of(this.intake.prepare(form, resident, "RESIDENT", null, null),
				this.intake.prepare(form, resident, "RESIDENT", "first-" + tag, "a".repeat(64)),
				this.intake.prepare(form, resident, "RESIDENT", null, null),
				this.intake.prepare(form, resident, "RESIDENT", "second-" + tag, "b".repeat(64)));
		List<CaseIntake.Response> responses = this.writes.together(reports);
		assertThat(responses).hasSize(4);
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			CaseIntake.Response response = responses.get(i);
			assertThat(response.status()).isEqualTo(201);
			assertThat(response.caseId()).isEqualTo(reports.get(i).subject().id);
			JsonNode detail = this.cases.detail(response.caseId());
			assertThat(detail.path("description").asString()).isEqualTo(marker);
			String number = detail.path("number").asString();
			assertThat(response.body()).contains(number);
			numbers.add(Integer.parseInt(number.substring(11)));
			long entry = this.jdbc.sql("select id from case_timeline where case_id = ?")
				.param(response.caseId())
				.query(Long.class)
				.single();
			assertThat(this.events.of(response.caseId(), CaseReported.class)).singleElement()
				.extracting(CaseReported::eventId)
				.isEqualTo(entry);
		}
		assertThat(numbers).as("consecutive, in the batch's order")
			.containsExactly(numbers.get(0), numbers.get(0) + 1, numbers.get(0) + 2, numbers.get(0) + 3);
		assertThat(storedBody("second-" + tag)).isEqualTo(responses.get(3).body());
		List<PreparedReport> failing = List.of(this.intake.prepare(form, resident, "RESIDENT", null, null),
				this.intake.prepare(form, resident, "RESIDENT", "first-" + tag, "a".repeat(64)));
		assertThatThrownBy(() -> this.writes.together(failing)).isInstanceOf(DuplicateKeyException.class);
		assertThat(casesDescribed(marker)).as("none of the failed batch").isEqualTo(4);
		// written alone, a report of the failed batch keeps the number it was given
		// there,
		// and a retry of a stored key answers the first response
		CaseIntake.Response alone = this.writes.alone(failing.get(0));
		assertThat(alone.status()).isEqualTo(201);
		assertThat(this.cases.detail(alone.caseId()).path("number").asString())
			.endsWith(String.format("-%04d", numbers.get(3) + 1));
		assertThat(this.writes.alone(failing.get(1))).isEqualTo(responses.get(1));
		assertThat(casesDescribed(marker)).isEqualTo(5);
	}

	private String storedBody(String key) {
		return this.jdbc.sql("select body from case_idempotency where idem_key = ?")
			.param(key)
			.query(String.class)
			.single();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private long casesDescribed(String text) {
		return this.jdbc.sql("select count(*) from cases where description = ?").param(text).query(Long.class).single();
	}

}
