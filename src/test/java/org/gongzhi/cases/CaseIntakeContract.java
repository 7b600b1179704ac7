package org.gongzhi.cases;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Intake: idempotent retries, GCJ-02 points, places outside the district, categories and
 * their extra questions.
 */
abstract class CaseIntakeContract extends CaseTestSupport {

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

	private long casesDescribed(String text) {
		return this.jdbc.sql("select count(*) from cases where description = ?").param(text).query(Long.class).single();
	}

}
