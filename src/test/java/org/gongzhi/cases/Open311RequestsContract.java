package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.identity.PersonalDataCiphers;
import org.gongzhi.demo.DemoUser;
import org.gongzhi.org.GridLocation;
import org.gongzhi.org.GridLocator;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Open311 service requests round trip: a client reports with the demo api_key
 * (form-encoded, no session), then anyone reads the request back by id and in lists, in
 * JSON and XML, with the spec's public fields only; status follows the case to closed.
 */
abstract class Open311RequestsContract extends CaseTestSupport {

	@Autowired
	private PersonalDataCiphers ciphers;

	/** The spec's fields of a service request, and nothing else. */
	static final Set<String> FIELDS = Set.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
			"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	static final String PHONE = "13912345678";

	@Autowired
	private GridLocator locator;

	private Open311Client open311;

	private double[] point;

	@BeforeEach
	void mondayMorningInTheDemoGrid() {
		at("2026-11-23T09:00");
		this.open311 = new Open311Client(this.port);
		this.point = pointIn(GRID);
		GridLocation located = this.locator.locate(this.point[0], this.point[1]).orElseThrow();
		assertThat(located.grid().code()).isEqualTo(GRID);
	}

	/** A full report of 路灯不亮 (a required number attribute) by the demo integration. */
	Open311Client.Form report(String marker) {
		return new Open311Client.Form().with("api_key", Open311Client.DISPATCHER_KEY)
			.with("service_code", "BJ0201")
			.with("lat", this.point[0])
			.with("long", this.point[1])
			.with("address_string", "三台子街道桔蔷社区 12 号楼前")
			.with("description", marker)
			.with("attribute[lamp_count]", "3")
			.with("attribute[lamp_number]", "HG-0815")
			.with("media_url", "https://img.example.org/lamp.jpg")
			.with("email", "wang.fang@example.org")
			.with("phone", PHONE)
			.with("first_name", "芳")
			.with("last_name", "王")
			.with("device_id", "device-42")
			.with("account_id", "acct-7");
	}

	@Test
	void aReportRoundTripsInJsonAndXml() {
		String marker = "Open311 路灯 " + UUID.randomUUID();
		TestHttp.Response posted = this.open311.post("/requests.json", report(marker));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		assertThat(posted.contentType()).startsWith("application/json");
		JsonNode receipt = posted.json().get(0);
		String id = receipt.path("service_request_id").asString();
		assertThat(id).matches("HG20261123-\\d{4}");
		assertThat(receipt.path("service_notice").asString()).contains(id);
		assertThat(receipt.path("account_id").asString()).isEqualTo("acct-7");
		assertThat(posted.header("Location")).isEqualTo("/open311/v2/requests/" + id + ".json");

		// a case of the OPEN311 channel, reported by the token's user, with the contact
		// kept apart
		assertThat(this.jdbc.sql("select channel from cases where number = ?").param(id).query(String.class).single())
			.isEqualTo("OPEN311");
		assertThat(this.jdbc.sql("select reporter_user_id from cases where number = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(userId(DemoUser.DISPATCHER.username()));
		String storedPhone = this.jdbc
			.sql("select k.phone from case_contact k join cases c on c.id = k.case_id where c.number = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(storedPhone).as("encrypted at rest").doesNotContain(PHONE);
		assertThat(this.ciphers.forPurpose("case-contact").decrypt(storedPhone)).isEqualTo(PHONE);

		TestHttp.Response one = this.open311.get("/requests/" + id + ".json");
		assertThat(one.status()).isEqualTo(200);
		JsonNode request = one.json().get(0);
		assertThat(fieldNames(request)).isEqualTo(new TreeSet<>(FIELDS));
		assertThat(request.path("service_request_id").asString()).isEqualTo(id);
		assertThat(request.path("status").asString()).isEqualTo("open");
		assertThat(request.path("status_notes").asString()).isEqualTo("待立案");
		assertThat(request.path("service_code").asString()).isEqualTo("BJ0201");
		assertThat(request.path("service_name").asString()).isEqualTo("路灯不亮");
		assertThat(request.path("description").asString()).isEqualTo(marker);
		assertThat(request.path("address").asString()).isEqualTo("三台子街道桔蔷社区 12 号楼前");
		assertThat(request.path("media_url").asString()).isEqualTo("https://img.example.org/lamp.jpg");
		assertThat(request.path("lat").asDouble()).isCloseTo(this.point[0], within(1e-7));
		assertThat(request.path("long").asDouble()).isCloseTo(this.point[1], within(1e-7));
		assertThat(request.path("agency_responsible").isNull()).isTrue();
		Instant requested = OffsetDateTime.parse(request.path("requested_datetime").asString()).toInstant();
		assertThat(request.path("requested_datetime").asString()).endsWith("+08:00");
		assertThat(requested).isBetween(this.clock.instant().minusSeconds(60), this.clock.instant());
		assertNoPersonalData(one.body());

		Open311Client.Xml xml = Open311Client.xml(this.open311.get("/requests/" + id + ".xml"));
		assertThat(xml.root()).isEqualTo("service_requests");
		assertThat(xml.count("/service_requests/request")).isEqualTo(1);
		assertThat(xml.text("/service_requests/request/service_request_id")).isEqualTo(id);
		assertThat(xml.text("/service_requests/request/status")).isEqualTo("open");
		assertThat(xml.text("/service_requests/request/description")).isEqualTo(marker);
		assertThat(Double.parseDouble(xml.text("/service_requests/request/lat"))).isCloseTo(this.point[0],
				within(1e-7));
		assertThat(Double.parseDouble(xml.text("/service_requests/request/long"))).isCloseTo(this.point[1],
				within(1e-7));
		assertThat(xml.count("/service_requests/request/zipcode")).isEqualTo(1);

		String window = "&start_date=" + Open311Body.w3c(requested.minusSeconds(1)) + "&end_date="
				+ Open311Body.w3c(requested.plusSeconds(1));
		String inList = "/requests.json?service_code=BJ0201&status=open" + window.replace("+", "%2B");
		assertThat(ids(this.open311.get(inList).json())).contains(id);
		assertThat(ids(this.open311.get(inList.replace("status=open", "status=closed")).json())).doesNotContain(id);
		assertThat(ids(this.open311.get(inList.replace("BJ0201", "SJ0201")).json())).doesNotContain(id);
		String before = "/requests.json?service_code=BJ0201&end_date="
				+ Open311Body.w3c(requested.minusSeconds(2)).replace("+", "%2B");
		assertThat(ids(this.open311.get(before).json())).doesNotContain(id);
		assertThat(ids(this.open311.get("/requests.json?service_request_id=" + id + ",HG19990101-0001").json()))
			.containsExactly(id);
		TestHttp.Response defaultSpan = this.open311.get("/requests.json?service_code=BJ0201");
		assertThat(ids(defaultSpan.json())).contains(id);
		assertNoPersonalData(defaultSpan.body());

		Open311Client.Xml list = Open311Client.xml(this.open311.get(inList.replace(".json", ".xml")));
		assertThat(list.texts("/service_requests/request/service_request_id")).contains(id);
		assertThat(list.texts("/service_requests/request/status")).containsOnly("open");
	}

	@Test
	void aReportInXmlIsAnsweredInXml() {
		TestHttp.Response posted = this.open311.post("/requests.xml",
				report("XML 上报 " + UUID.randomUUID()).without("account_id"));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		assertThat(posted.contentType()).startsWith("text/xml");
		Open311Client.Xml xml = Open311Client.xml(posted);
		assertThat(xml.root()).isEqualTo("service_requests");
		String id = xml.text("/service_requests/request/service_request_id");
		assertThat(id).matches("HG20261123-\\d{4}");
		assertThat(xml.text("/service_requests/request/service_notice")).contains(id);
		assertThat(xml.count("/service_requests/request/account_id")).isEqualTo(1);
		assertThat(xml.text("/service_requests/request/account_id")).isEmpty();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersTheSameRequest() {
		String marker = "重试 " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		TestHttp.Response first = this.open311.post("/requests.json", report(marker), "Idempotency-Key", key);
		TestHttp.Response retry = this.open311.post("/requests.json", report(marker), "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get(0).path("service_request_id").asString())
			.isEqualTo(first.json().get(0).path("service_request_id").asString());
		assertThat(casesDescribed(marker)).isEqualTo(1);
	}

	@Test
	void theStatusFollowsTheCaseFromOpenToClosed() {
		String marker = "Open311 小广告 " + UUID.randomUUID();
		TestHttp.Response posted = this.open311.post("/requests.json",
				report(marker).without("attribute[lamp_count]")
					.without("attribute[lamp_number]")
					.without("service_code")
					.with("service_code", CaseFixture.POSTERS));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		String id = posted.json().get(0).path("service_request_id").asString();
		long caseId = this.jdbc.sql("select id from cases where number = ?").param(id).query(Long.class).single();

		this.clock.advance(Duration.ofMinutes(5));
		CaseFixture.ok(this.cases.act(DemoUser.DISPATCHER, caseId, "accept", "{}"));
		CaseFixture
			.ok(this.cases.act(DemoUser.DISPATCHER, caseId, "dispatch", "{\"unitCode\":\"" + CITY_MANAGEMENT + "\"}"));
		JsonNode dispatched = this.open311.get("/requests/" + id + ".json").json().get(0);
		assertThat(dispatched.path("status").asString()).isEqualTo("open");
		assertThat(dispatched.path("status_notes").asString()).isEqualTo("已派遣");
		assertThat(dispatched.path("agency_responsible").asString()).isEqualTo("皇姑区城市管理局");
		assertThat(dispatched.path("expected_datetime").asString()).endsWith("+08:00");
		assertThat(OffsetDateTime.parse(dispatched.path("updated_datetime").asString()))
			.isAfter(OffsetDateTime.parse(dispatched.path("requested_datetime").asString()));

		CaseFixture.ok(this.cases.act(DemoUser.DEPARTMENT, caseId, "start", "{}"));
		CaseFixture.ok(this.cases.act(DemoUser.DEPARTMENT, caseId, "handle", "{\"note\":\"已清除\"}"));
		CaseFixture.ok(this.cases.act(DemoUser.GRID_WORKER, caseId, "verify", "{\"passed\":true}"));
		assertThat(this.open311.get("/requests/" + id + ".json").json().get(0).path("status").asString())
			.isEqualTo("open");
		CaseFixture.ok(this.cases.act(DemoUser.DISPATCHER, caseId, "close", "{}"));

		JsonNode closed = this.open311.get("/requests/" + id + ".json").json().get(0);
		assertThat(closed.path("status").asString()).isEqualTo("closed");
		assertThat(closed.path("status_notes").asString()).isEqualTo("已结案");
		assertThat(
				this.open311.get("/requests/" + id + ".json?locale=en").json().get(0).path("status_notes").asString())
			.isEqualTo("Closed");
		assertThat(Open311Client.xml(this.open311.get("/requests/" + id + ".xml"))
			.text("/service_requests/request/status")).isEqualTo("closed");
		assertThat(ids(this.open311.get("/requests.json?service_code=SJ0201&status=closed").json())).contains(id);
		assertThat(ids(this.open311.get("/requests.json?service_code=SJ0201&status=open").json())).doesNotContain(id);
	}

	@Test
	void anonymousReadersSeeNoCaseOfANonPublicCategory() {
		TestHttp.Response reported = as(DemoUser.RESIDENT).post("/api/cases",
				this.cases.report("ZL0101", GRID).replace("墙上贴满了小广告", "楼上邻居半夜吵架"));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		String id = reported.json().path("number").asString();

		TestHttp.Response one = this.open311.get("/requests/" + id + ".json");
		assertThat(one.status()).isEqualTo(404);
		assertThat(one.json().get(0).path("code").asInt()).isEqualTo(404);
		assertThat(Open311Client.xml(this.open311.get("/requests/" + id + ".xml")).text("/errors/error/code"))
			.isEqualTo("404");
		assertThat(ids(this.open311.get("/requests.json?service_request_id=" + id).json())).isEmpty();
		assertThat(ids(this.open311.get("/requests.json?service_code=ZL0101").json())).doesNotContain(id);

		// the district's integration sees it, as its user does in the case API
		String withKey = "/requests/" + id + ".json?api_key=" + Open311Client.DISPATCHER_KEY;
		assertThat(this.open311.get(withKey).json().get(0).path("service_code").asString()).isEqualTo("ZL0101");
		assertThat(ids(
				this.open311.get("/requests.json?service_code=ZL0101&api_key=" + Open311Client.DISPATCHER_KEY).json()))
			.contains(id);
		assertThat(
				this.open311.get("/requests/" + id + ".json", "Authorization", "Bearer " + Open311Client.DISPATCHER_KEY)
					.status())
			.isEqualTo(200);
		assertThat(this.open311.get(withKey.replace(Open311Client.DISPATCHER_KEY, "wrong-key")).status())
			.isEqualTo(403);
	}

	static void assertNoPersonalData(String body) {
		assertThat(body).doesNotContain(PHONE, "wang.fang@example.org", "\"芳\"", "\"王\"", "device-42", "acct-7",
				"first_name", "last_name", "email", "phone");
	}

	long casesDescribed(String marker) {
		return this.jdbc.sql("select count(*) from cases where description = ?")
			.param(marker)
			.query(Long.class)
			.single();
	}

	static List<String> ids(JsonNode requests) {
		List<String> ids = new ArrayList<>();
		requests.forEach((request) -> ids.add(request.path("service_request_id").asString()));
		return ids;
	}

	private static Set<String> fieldNames(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
