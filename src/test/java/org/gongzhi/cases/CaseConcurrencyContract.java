package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two dispatchers act on one case at the same moment: one wins, the other is told the
 * case changed (409), and the case shows one dispatch.
 */
abstract class CaseConcurrencyContract extends CaseTestSupport {

	@Test
	void twoDispatchersDispatchingAtOnceGetOneSuccessAndOneConflict() throws Exception {
		at("2026-11-23T09:00");
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				long id = this.cases.accepted();
				CaseClient district = as(DemoUser.DISPATCHER);
				CaseClient street = as(DemoUser.STREET_DISPATCHER);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				answers.add(threads.submit(() -> {
					start.await();
					return district.post("/api/cases/" + id + "/dispatch", "{\"unitCode\":\"210105-CG\"}").status();
				}));
				answers.add(threads.submit(() -> {
					start.await();
					return street.post("/api/cases/" + id + "/dispatch", "{\"unitCode\":\"210105-ZJ\"}").status();
				}));
				start.countDown();
				List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
				assertThat(this.cases.detail(id).path("timeline"))
					.filteredOn((entry) -> entry.path("action").asString().equals("DISPATCH"))
					.hasSize(1);
				assertThat(this.events.of(id, CaseDispatched.class)).hasSize(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void anActionOnAVersionTheCallerDidNotSeeIsAConflict() {
		at("2026-11-23T09:00");
		long id = this.cases.reported();
		int seen = this.cases.detail(id).path("version").asInt();
		CaseFixture.ok(this.cases.act(DemoUser.DISPATCHER, id, "accept", "{\"version\":" + seen + "}"));
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "dispatch", "{\"version\":" + seen + "}").status())
			.isEqualTo(409);
		assertThat(this.cases.act(DemoUser.DISPATCHER, id, "dispatch", "{\"version\":" + (seen + 1) + "}").status())
			.isEqualTo(200);
	}

}
