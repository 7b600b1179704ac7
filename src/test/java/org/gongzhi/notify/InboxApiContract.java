package org.gongzhi.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.cases.CaseHandled;
import org.gongzhi.cases.CaseOverdue;
import org.gongzhi.cases.OverdueLevel;
import org.gongzhi.cases.Stage;
import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.identity.Role;
import org.gongzhi.support.TestHttp;
import org.gongzhi.support.TestHttp.Response;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.notify.CaseEventFixture.CITY_MANAGEMENT;
import static org.gongzhi.notify.CaseEventFixture.accepted;
import static org.gongzhi.notify.CaseEventFixture.caseOf;
import static org.gongzhi.notify.CaseEventFixture.nextId;

/**
 * The in-app inbox over REST: own notifications only, rendered in the caller's language.
 */
abstract class InboxApiContract extends NotifyTestSupport {

	private static final String INBOX = "/api/me/notifications";

	@Autowired
	private Departments departments;

	@Test
	void theReporterReadsTheirNotificationInTheirLanguage() {
		Account reporter = newResident();
		CaseFacts facts = caseOf(CITY_MANAGEMENT, reporter.id());
		this.cases.publish(accepted(facts, demoUserId(DemoUser.DISPATCHER)));
		TestHttp http = signIn(reporter);

		JsonNode zh = only(http.get(INBOX, "Accept-Language", "zh-CN"));
		assertThat(zh.path("caseNumber").asString()).isEqualTo(facts.number());
		assertThat(zh.path("caseId").asLong()).isEqualTo(facts.caseId());
		assertThat(zh.path("link").asString()).isEqualTo("/cases/" + facts.caseId());
		assertThat(zh.path("kind").asString()).isEqualTo("CASE_ACCEPTED");
		assertThat(zh.path("title").asString()).isEqualTo("立案通知");
		assertThat(zh.path("body").asString()).isEqualTo("您上报的 " + facts.number() + " 已立案，我们会尽快派人处理。");
		assertThat(zh.path("readAt").isNull()).isTrue();

		JsonNode en = only(http.get(INBOX, "Accept-Language", "en-US,en;q=0.9"));
		assertThat(en.path("title").asString()).isEqualTo("Report accepted");
		assertThat(en.path("body").asString())
			.isEqualTo("Your report " + facts.number() + " was accepted and will be handled soon.");
	}

	@Test
	void wordsInsideTheMessageAreRenderedInTheReadersLanguageToo() {
		String unit = CITY_MANAGEMENT + "-" + (nextId() % 1_000_000);
		this.departments.createIfAbsent(new Department(unit, "测试中队", CITY_MANAGEMENT, "210105001"));
		Account staff = newAccount(Role.DEPARTMENT, "210105", unit);
		CaseFacts facts = caseOf(unit, null);
		this.cases
			.publish(new CaseOverdue(nextId(), facts, Instant.now(), null, Stage.HANDLE, OverdueLevel.YELLOW, null));
		TestHttp http = signIn(staff);

		assertThat(only(http.get(INBOX, "Accept-Language", "zh-CN")).path("body").asString())
			.isEqualTo("案件 " + facts.number() + " 的处置时限已用去八成，请抓紧办理。");
		assertThat(only(http.get(INBOX, "Accept-Language", "en")).path("body").asString())
			.isEqualTo("Case " + facts.number() + " has used 80% of its handling time limit. Please hurry.");
	}

	@Test
	void nobodyReadsOrMarksAnotherUsersNotification() {
		Account owner = newResident();
		Account stranger = newResident();
		this.cases.publish(accepted(caseOf(CITY_MANAGEMENT, owner.id()), null));
		TestHttp ownerHttp = signIn(owner);
		long id = only(ownerHttp.get(INBOX)).path("id").asLong();
		TestHttp strangerHttp = signIn(stranger);

		assertThat(strangerHttp.get(INBOX).json().path("items")).isEmpty();
		Response marked = strangerHttp.postJson(INBOX + "/" + id + "/read", "{}");
		assertThat(marked.status()).isEqualTo(404);
		assertThat(marked.contentType()).startsWith("application/problem+json");
		assertThat(marked.json().path("detail").asString()).isEqualTo("找不到这条通知。");
		assertThat(strangerHttp.postJson(INBOX + "/read-all", "{}").json().path("marked").asInt()).isZero();
		assertThat(unread(ownerHttp)).isEqualTo(1);

		assertThat(ownerHttp.postJson(INBOX + "/" + id + "/read", "{}").status()).isEqualTo(204);
		assertThat(unread(ownerHttp)).isZero();
		assertThat(only(ownerHttp.get(INBOX)).path("readAt").isNull()).isFalse();
		assertThat(ownerHttp.postJson(INBOX + "/" + (id + 1_000_000_000L) + "/read", "{}").status()).isEqualTo(404);
	}

	@Test
	void theUnreadCountFallsAsNotificationsAreRead() {
		Account reporter = newResident();
		CaseFacts facts = caseOf(CITY_MANAGEMENT, reporter.id());
		long department = demoUserId(DemoUser.DEPARTMENT);
		this.cases.publish(accepted(facts, null),
				new CaseHandled(nextId(), facts, Instant.now(), department, CITY_MANAGEMENT, true),
				new CaseClosed(nextId(), facts, Instant.now(), null, true, true, java.time.Duration.ofHours(3)));
		TestHttp http = signIn(reporter);
		assertThat(unread(http)).isEqualTo(3);
		JsonNode unreadOnly = http.get(INBOX + "?unread=true").json().path("items");
		assertThat(unreadOnly).hasSize(3);

		http.postJson(INBOX + "/" + unreadOnly.get(0).path("id").asLong() + "/read", "{}");
		assertThat(unread(http)).isEqualTo(2);
		assertThat(http.get(INBOX + "?unread=true").json().path("items")).hasSize(2);

		assertThat(http.postJson(INBOX + "/read-all", "{}").json().path("marked").asInt()).isEqualTo(2);
		assertThat(unread(http)).isZero();
		assertThat(http.get(INBOX + "?unread=true").json().path("items")).isEmpty();
		assertThat(http.get(INBOX).json().path("items")).hasSize(3)
			.allSatisfy((item) -> assertThat(item.path("readAt").isNull()).isFalse());
		assertThat(http.postJson(INBOX + "/read-all", "{}").json().path("marked").asInt()).isZero();
	}

	@Test
	void pagesGoFromNewestToOldestByCursor() {
		Account reporter = newResident();
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			CaseFacts facts = caseOf(CITY_MANAGEMENT, reporter.id());
			numbers.add(facts.number());
			this.cases.publish(accepted(facts, null));
		}
		TestHttp http = signIn(reporter);
		List<Long> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = http.get(INBOX + "?limit=2" + ((cursor != null) ? "&cursor=" + cursor : "")).json();
			page.path("items").forEach((item) -> {
				ids.add(item.path("id").asLong());
				seen.add(item.path("caseNumber").asString());
			});
			cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
			pages++;
		}
		while (cursor != null && pages < 10);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).isEqualTo(numbers);
		assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertProblem(http.get(INBOX + "?cursor=abc"), 400);
		assertProblem(http.get(INBOX + "?limit=0"), 400);
		assertProblem(http.get(INBOX + "?limit=101"), 400);
	}

	@Test
	void strangersMustSignIn() {
		assertProblem(http().get(INBOX), 401);
		assertProblem(http().get(INBOX + "/unread-count"), 401);
	}

	@Test
	void anApiTokenReadsTheInboxOfItsOwner() {
		Response response = http().getWithToken(INBOX + "/unread-count", "demo-dispatcher-210105");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("unread").isNumber()).isTrue();
	}

	private TestHttp signIn(Account account) {
		return http().loginAs(account.username(), DemoUser.password());
	}

	private static JsonNode only(Response response) {
		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json().path("items");
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private static long unread(TestHttp http) {
		return http.get(INBOX + "/unread-count").json().path("unread").asLong();
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

}
