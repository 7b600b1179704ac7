package org.gongzhi.notify;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.NewUser;
import org.gongzhi.identity.Role;
import org.gongzhi.identity.UserAccounts;
import org.gongzhi.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gongzhi.notify.CaseEventFixture.CITY_MANAGEMENT;
import static org.gongzhi.notify.CaseEventFixture.accepted;
import static org.gongzhi.notify.CaseEventFixture.caseOf;
import static org.gongzhi.notify.CaseEventFixture.nextId;

class NotificationsBrowserTest extends BrowserTest {

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private UserAccounts accounts;

	private CaseEventFixture cases;

	@BeforeEach
	void fixture() {
		this.cases = new CaseEventFixture(this.publisher, this.transactions, this.jdbc);
	}

	@Test
	void aResidentSeesTheCountOnTheBellAndReadsTheNotificationsOnAPhone() {
		onPhone();
		String resident = newResident();
		CaseFacts facts = caseOf(CITY_MANAGEMENT, this.cases.userId(resident));
		this.cases.publish(accepted(facts, null),
				new CaseClosed(nextId(), facts, Instant.now(), null, true, true, Duration.ofHours(4)));

		loginAs(resident, DemoUser.password());
		assertThat(this.page.getByTestId("bell-count")).hasText("2");
		this.page.getByTestId("bell").click();
		this.page.waitForURL("**/notifications");
		assertThat(this.page.getByTestId("notification")).hasCount(2);
		assertThat(this.page.getByTestId("notifications")).containsText("您上报的 " + facts.number() + " 已立案");
		assertThat(this.page.getByTestId("notifications")).containsText("您上报的 " + facts.number() + " 已结案，请对处理结果进行评价。");
		snapshot("phone");
		int width = (int) this.page.evaluate("document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(width).isLessThanOrEqualTo(360);

		this.page.getByTestId("mark-read").first().click();
		assertThat(this.page.getByTestId("mark-read")).hasCount(1);
		assertThat(this.page.getByTestId("bell-count")).hasText("1");

		this.page.getByTestId("read-all").click();
		assertThat(this.page.getByTestId("mark-read")).hasCount(0);
		assertThat(this.page.getByTestId("bell-count")).hasCount(0);
		assertThat(this.page.getByTestId("notification")).hasCount(2);
		this.page.getByTestId("filter-unread").click();
		assertThat(this.page.getByTestId("no-notifications")).isVisible();
	}

	@Test
	void theNotificationsPageSpeaksEnglish() {
		String resident = newResident();
		CaseFacts facts = caseOf(CITY_MANAGEMENT, this.cases.userId(resident));
		this.cases.publish(accepted(facts, null));

		loginAs(resident, DemoUser.password());
		open("/notifications?lang=en");
		assertThat(this.page.locator("h1")).hasText("My notifications");
		assertThat(this.page.getByTestId("notification"))
			.containsText("Your report " + facts.number() + " was accepted and will be handled soon.");
		assertThat(this.page.getByTestId("notification")).containsText("Open case " + facts.number());
		assertThat(this.page.getByTestId("bell-count")).hasText("1");
		assertThat(this.page.getByTestId("bell")).containsText("1 unread notifications");
		snapshot("desktop-en");
	}

	private String newResident() {
		String username = "notifyweb" + nextId();
		this.accounts.createIfAbsent(new NewUser(username, DemoUser.password(), "通知测试居民", CaseEventFixture.GRID, null,
				Set.of(Role.RESIDENT), false));
		return username;
	}

	private void snapshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions()
			.setPath(Path.of("target", "screenshots", "notifications-" + name + ".png")));
	}

}
