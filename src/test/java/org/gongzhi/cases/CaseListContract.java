package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.CaseFixture.ok;

/** Lists: filters, keyset paging and overdue cases. */
abstract class CaseListContract extends CaseTestSupport {

	@Test
	void pagesFollowTheCursorWithoutGapsOrRepeats() {
		at("2026-11-23T09:00");
		String marker = "翻页-" + UUID.randomUUID();
		List<Long> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(report(marker));
		}
		List<Long> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = ok(as(DemoUser.DISPATCHER)
				.get("/api/cases?q=" + marker + "&limit=2" + ((cursor != null) ? "&cursor=" + cursor : "")));
			page.path("items").forEach((item) -> seen.add(item.path("id").asLong()));
			cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(3);
		List<Long> newestFirst = new ArrayList<>(created);
		Collections.reverse(newestFirst);
		assertThat(seen).containsExactlyElementsOf(newestFirst);
		List<Long> oldestFirst = new ArrayList<>();
		ok(as(DemoUser.DISPATCHER).get("/api/cases?q=" + marker + "&sort=reportedAt")).path("items")
			.forEach((item) -> oldestFirst.add(item.path("id").asLong()));
		assertThat(oldestFirst).containsExactlyElementsOf(created);
		assertThat(as(DemoUser.DISPATCHER).get("/api/cases?cursor=nonsense").status()).isEqualTo(400);
		assertThat(as(DemoUser.DISPATCHER).get("/api/cases?sort=priority").status()).isEqualTo(400);
	}

	@Test
	void filtersNarrowTheListByStateCategoryPlaceUnitAndReporter() {
		at("2026-11-23T09:00");
		String marker = "筛选-" + UUID.randomUUID();
		long reported = report(marker);
		long dispatched = report(marker);
		ok(this.cases.act(DemoUser.DISPATCHER, dispatched, "accept", "{}"));
		ok(this.cases.act(DemoUser.DISPATCHER, dispatched, "dispatch", "{}"));
		String base = "/api/cases?q=" + marker;
		assertThat(ids(base + "&state=REPORTED")).containsExactly(reported);
		assertThat(ids(base + "&state=REPORTED&state=DISPATCHED")).containsExactlyInAnyOrder(reported, dispatched);
		assertThat(ids(base + "&unit=210105-CG")).containsExactly(dispatched);
		assertThat(ids(base + "&category=SJ02")).containsExactlyInAnyOrder(reported, dispatched);
		assertThat(ids(base + "&category=SJ01")).isEmpty();
		assertThat(ids(base + "&org=" + COMMUNITY)).hasSize(2);
		assertThat(ids(base + "&org=210105002")).isEmpty();
		assertThat(ids(base + "&reporter=" + userId("resident"))).hasSize(2);
		assertThat(ids(base + "&from=2026-11-23&to=2026-11-23")).hasSize(2);
		assertThat(ids(base + "&from=2026-11-24")).isEmpty();
		String number = this.cases.detail(reported).path("number").asString();
		assertThat(ids("/api/cases?q=" + number)).containsExactly(reported);
	}

	@Test
	void overdueCasesAreFoundYellowThenRed() {
		at("2026-11-23T09:00");
		String marker = "超时-" + UUID.randomUUID();
		long id = report(marker);
		assertThat(ids("/api/cases?q=" + marker + "&overdue=red")).isEmpty();
		at("2026-11-23T09:55");
		assertThat(ids("/api/cases?q=" + marker + "&overdue=yellow")).containsExactly(id);
		JsonNode yellow = this.cases.detail(id).path("sla");
		assertThat(yellow.path("overdueLevel").asString()).isEqualTo("YELLOW");
		assertThat(yellow.path("stages").get(0).path("usedPercent").asInt()).isBetween(90, 93);
		at("2026-11-23T10:30");
		assertThat(ids("/api/cases?q=" + marker + "&overdue=red")).containsExactly(id);
		assertThat(ids("/api/cases?q=" + marker + "&sort=deadline")).containsExactly(id);
		ok(this.cases.act(DemoUser.DISPATCHER, id, "accept", "{}"));
		assertThat(this.events.of(id, CaseAccepted.class)).singleElement()
			.satisfies((event) -> assertThat(event.withinLimit()).isFalse());
		assertThat(this.cases.detail(id).path("late").asBoolean()).isTrue();
	}

	private long report(String description) {
		TestHttp.Response response = as(DemoUser.RESIDENT).post("/api/cases",
				this.cases.report(CaseFixture.POSTERS, GRID).replace("墙上贴满了小广告", description));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	private List<Long> ids(String path) {
		return CaseScopeContract.ids(ok(as(DemoUser.DISPATCHER).get(path)));
	}

}
