package org.gongzhi.cases;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates cases in a given state through the API, as the people of the demo district
 * would: a resident reports 乱贴广告 in 桔蔷社区, the district dispatcher accepts it and sends it
 * to 城管, whose staff handle it, a grid worker verifies it, and so on.
 */
final class CaseFixture {

	/** 乱贴广告: 城管, 一般, 3 working days. */
	static final String POSTERS = "SJ0201";

	/** 楼道堆物: the community's own business. */
	static final String STAIRWELL_CLUTTER = "ZL0205";

	private final CaseTestSupport test;

	CaseFixture(CaseTestSupport test) {
		this.test = test;
	}

	/** A report body in a grid, WGS-84. */
	String report(String category, String grid) {
		double[] point = this.test.pointIn(grid);
		return String.format(Locale.ROOT,
				"{\"categoryCode\":\"%s\",\"lat\":%.7f,\"lng\":%.7f,\"address\":\"三台子街道桔蔷社区\","
						+ "\"description\":\"墙上贴满了小广告\"}",
				category, point[0], point[1]);
	}

	long reported() {
		return reported(POSTERS, DemoUser.RESIDENT);
	}

	long reported(String category, DemoUser reporter) {
		TestHttp.Response response = this.test.as(reporter).post("/api/cases", report(category, CaseTestSupport.GRID));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	long accepted() {
		long id = reported();
		ok(act(DemoUser.DISPATCHER, id, "accept", "{}"));
		return id;
	}

	long dispatched() {
		long id = accepted();
		ok(act(DemoUser.DISPATCHER, id, "dispatch", "{\"unitCode\":\"" + CaseTestSupport.CITY_MANAGEMENT + "\"}"));
		return id;
	}

	long inProgress() {
		long id = dispatched();
		ok(act(DemoUser.DEPARTMENT, id, "start", "{}"));
		return id;
	}

	long handled() {
		long id = inProgress();
		ok(act(DemoUser.DEPARTMENT, id, "handle", "{\"note\":\"已清除\"}"));
		return id;
	}

	long verified() {
		long id = handled();
		ok(act(DemoUser.GRID_WORKER, id, "verify", "{\"passed\":true}"));
		return id;
	}

	long closed() {
		long id = verified();
		ok(act(DemoUser.DISPATCHER, id, "close", "{}"));
		return id;
	}

	long evaluated(String rating) {
		long id = closed();
		ok(act(DemoUser.RESIDENT, id, "evaluate", "{\"rating\":\"" + rating + "\"}"));
		return id;
	}

	TestHttp.Response act(DemoUser who, long id, String action, String json) {
		return this.test.as(who).post("/api/cases/" + id + "/" + action, json);
	}

	JsonNode detail(long id) {
		TestHttp.Response response = this.test.as(DemoUser.DISPATCHER).get("/api/cases/" + id);
		ok(response);
		return response.json();
	}

	String state(long id) {
		return detail(id).path("state").asString();
	}

	static JsonNode ok(TestHttp.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 299);
		return response.json();
	}

}
