package org.gongzhi.cases;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 reports that cannot be taken: each answers the spec's error format with the
 * right status and a description naming what is wrong, in JSON and XML, and creates
 * nothing.
 */
abstract class Open311ErrorsContract extends CaseTestSupport {

	private Open311Client open311;

	private String marker;

	@BeforeEach
	void mondayMorning() {
		at("2026-11-23T09:00");
		this.open311 = new Open311Client(this.port);
		this.marker = "不该受理 " + UUID.randomUUID();
	}

	private Open311Client.Form report(String serviceCode) {
		double[] point = pointIn(GRID);
		return new Open311Client.Form().with("api_key", Open311Client.DISPATCHER_KEY)
			.with("service_code", serviceCode)
			.with("lat", point[0])
			.with("long", point[1])
			.with("description", this.marker)
			.with("phone", Open311RequestsContract.PHONE);
	}

	@Test
	void anInvalidOrMissingApiKeyIsForbidden() {
		TestHttp.Response json = this.open311.post("/requests.json",
				report("SJ0201").without("api_key").with("api_key", "not-a-token"));
		assertThat(json.status()).isEqualTo(403);
		assertThat(json.contentType()).startsWith("application/json");
		assertThat(json.json().get(0).path("code").asInt()).isEqualTo(403);
		assertThat(json.json().get(0).path("description").asString()).contains("api_key");

		TestHttp.Response xml = this.open311.post("/requests.xml", report("SJ0201").without("api_key"),
				"Accept-Language", "en");
		assertThat(xml.status()).isEqualTo(403);
		assertThat(xml.contentType()).startsWith("text/xml");
		Open311Client.Xml errors = Open311Client.xml(xml);
		assertThat(errors.root()).isEqualTo("errors");
		assertThat(errors.text("/errors/error/code")).isEqualTo("403");
		assertThat(errors.text("/errors/error/description")).startsWith("The api_key is missing or not valid");
		assertNothingCreated();
	}

	@Test
	void aTokenWhoseUserMayNotReportIsForbidden() {
		// the leader's token reads dashboards; leaders do not report cases
		TestHttp.Response response = this.open311.post("/requests.json",
				report("SJ0201").without("api_key").with("api_key", "demo-leader-210105"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get(0).path("description").asString()).contains("无权上报");
		assertNothingCreated();
	}

	@Test
	void aSignedInSessionIsNoApiKey() {
		TestHttp session = http().loginAs(DemoUser.RESIDENT);
		TestHttp.Response response = session.postForm("/open311/v2/requests.json", java.util.Map.of("service_code",
				"SJ0201", "lat", "41.85", "long", "123.4", "description", this.marker));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get(0).path("code").asInt()).isEqualTo(403);
		assertNothingCreated();
	}

	@Test
	void aMissingServiceCodeIsABadRequest() {
		assertBadRequest(report("SJ0201").without("service_code"), "缺少参数 service_code");
	}

	@Test
	void anUnknownOrNonPublicServiceIsABadRequest() {
		assertBadRequest(report("XX99"), "没有代码为 XX99 的服务");
		assertBadRequest(report("SJ02"), "没有代码为 SJ02 的服务");
		assertBadRequest(report("ZL0101"), "没有代码为 ZL0101 的服务");
	}

	@Test
	void aPlaceOutsideTheDistrictIsABadRequest() {
		assertBadRequest(report("SJ0201").without("lat").without("long").with("lat", 39.9087).with("long", 116.3975),
				"位置不在本系统服务区域内");
	}

	@Test
	void anAddressAloneCannotBeLocated() {
		assertBadRequest(report("SJ0201").without("lat").without("long").with("address_string", "三台子街道桔蔷社区"),
				"暂不能按地址定位");
		assertBadRequest(report("SJ0201").without("lat").without("long"), "请提供位置");
		assertBadRequest(report("SJ0201").without("lat").with("lat", "北纬"), "参数 lat 不是有效的坐标");
	}

	@Test
	void requiredAttributesMustBeAnsweredWithValidValues() {
		assertBadRequest(report("BJ0201"), "缺少必填属性 attribute[lamp_count]：不亮的路灯数量");
		assertBadRequest(report("BJ0201").with("attribute[lamp_count]", "三盏"), "attribute[lamp_count] 的值无效");
		assertBadRequest(report("SJ0107").with("attribute[noise_time]", "evening"), "attribute[noise_time] 的值无效");
		assertBadRequest(
				report("SJ0107").with("attribute[noise_time]", "night").with("attribute[noise_source][]", "aliens"),
				"attribute[noise_source] 的值无效");
		// and in XML, in English
		TestHttp.Response xml = this.open311.post("/requests.xml?locale=en", report("BJ0201"));
		assertThat(xml.status()).isEqualTo(400);
		assertThat(Open311Client.xml(xml).text("/errors/error/description"))
			.isEqualTo("The required attribute attribute[lamp_count] is missing: How many lights are out");
		assertNothingCreated();
		// answered properly, the same report is taken, with several values of a
		// multivaluelist
		TestHttp.Response taken = this.open311.post("/requests.json",
				report("SJ0107").with("attribute[noise_time]", "night")
					.with("attribute[noise_source][]", "shop")
					.with("attribute[noise_source][]", "people"));
		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		assertThat(this.jdbc.sql("select answers from cases where description = ?")
			.param(this.marker)
			.query(String.class)
			.single()).contains("\"night\"", "\"shop\"", "\"people\"");
	}

	@Test
	void badQueriesAreBadRequests() {
		TestHttp.Response date = this.open311.get("/requests.json?start_date=yesterday");
		assertThat(date.status()).isEqualTo(400);
		assertThat(date.json().get(0).path("description").asString()).contains("start_date");
		TestHttp.Response status = this.open311.get("/requests.xml?status=pending");
		assertThat(status.status()).isEqualTo(400);
		assertThat(Open311Client.xml(status).text("/errors/error/code")).isEqualTo("400");
	}

	private void assertBadRequest(Open311Client.Form form, String description) {
		TestHttp.Response json = this.open311.post("/requests.json", form);
		assertThat(json.status()).as(json.body()).isEqualTo(400);
		assertThat(json.json().get(0).path("code").asInt()).isEqualTo(400);
		assertThat(json.json().get(0).path("description").asString()).contains(description);
		TestHttp.Response xml = this.open311.post("/requests.xml", form);
		assertThat(xml.status()).isEqualTo(400);
		Open311Client.Xml errors = Open311Client.xml(xml);
		assertThat(errors.text("/errors/error/code")).isEqualTo("400");
		assertThat(errors.text("/errors/error/description")).contains(description);
		assertNothingCreated();
	}

	private void assertNothingCreated() {
		assertThat(this.jdbc.sql("select count(*) from cases where description = ?")
			.param(this.marker)
			.query(Long.class)
			.single()).isZero();
	}

}
