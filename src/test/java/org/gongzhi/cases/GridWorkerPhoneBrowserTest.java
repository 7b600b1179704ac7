package org.gongzhi.cases;

import java.awt.Color;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid worker with the app on a 360-px phone: sees their grid's cases, reports with a
 * photo and the phone's position in three taps, verifies a handled case on the spot, and
 * reports without a network: the report waits in the queue on the phone and is sent once
 * the network returns, exactly once.
 */
class GridWorkerPhoneBrowserTest extends PhoneBrowserTest {

	/** Sending waits for photos to upload: give it time on a busy machine. */
	private static final LocatorAssertions.HasCountOptions SENT = new LocatorAssertions.HasCountOptions()
		.setTimeout(60_000);

	@Test
	void theHomeListsTheOpenCasesOfTheGridAndTheCasesToVerify() {
		double[] point = pointIn(GRID);
		long open = reported(as(DemoUser.RESIDENT.username()), "SJ0101", point, unique("楼下垃圾没人清"), true);
		long handled = reported(as(DemoUser.RESIDENT.username()), "SJ0201", point, unique("电线杆上贴满小广告"), true);
		act(DemoUser.DISPATCHER.username(), handled, "accept", "{}");
		act(DemoUser.DISPATCHER.username(), handled, "dispatch", "{\"unitCode\":\"210105-CG\"}");
		act(DemoUser.DEPARTMENT.username(), handled, "start", "{}");
		act(DemoUser.DEPARTMENT.username(), handled, "handle", "{\"note\":\"已铲除\"}");

		signInOnPhoneAt(GRID_WORKER, point);
		open("/m/");
		assertThat(this.page.getByTestId("open-list").locator("[data-number='" + numberOf(open) + "']"))
			.containsText("暴露垃圾");
		Locator toVerify = this.page.getByTestId("verify-list").locator("[data-number='" + numberOf(handled) + "']");
		assertThat(toVerify).containsText("乱贴广告");
		assertThat(this.page.locator("link[rel=manifest]")).hasAttribute("href", "/m/manifest.webmanifest");
		screenshot("phone-grid-home");

		toVerify.locator("a").click();
		assertThat(this.page.getByTestId("verify-form")).isVisible();
		screenshot("phone-grid-case");
		this.page.locator("label.rating-choice.pass").click();
		this.page.setInputFiles("#verify-photos", photo("核查.jpg", Color.GREEN));
		assertThat(this.page.locator("#verify-photo-list li")).hasCount(1);
		this.page.fill("#verify-note", "现场已清理干净");
		this.page.getByTestId("verify-submit").click();
		assertThat(this.page.getByTestId("verified"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(this.page.getByTestId("verify-form")).hasCount(0);
		assertThat(this.page.getByTestId("timeline")).containsText("现场已清理干净");
		assertThat(
				this.jdbc.sql("select verified from cases where id = ?").param(handled).query(Boolean.class).single())
			.isTrue();
		assertThat(this.jdbc
			.sql("select count(*) from case_attachment a join case_timeline t on t.id = a.timeline_id"
					+ " where t.case_id = ? and t.action = 'VERIFY'")
			.param(handled)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theGridWorkerReportsInThreeTapsWithAPhotoAndThePhonesPosition() {
		signInOnPhoneAt(GRID_WORKER, pointIn(GRID));
		open("/m/report");
		assertThat(this.page.getByTestId("gps")).containsText("桔蔷社区");
		String description = unique("占道经营的水果摊");
		this.page.fill("#grid-description", description);
		this.page.setInputFiles("#grid-photos", photo("摊位.jpg", Color.YELLOW));
		assertThat(this.page.getByTestId("grid-photo-list").locator("li")).hasCount(1);
		this.page.locator("label.quick:has([data-testid=quick-SJ0501])").click();
		screenshot("phone-grid-report");
		this.page.getByTestId("grid-submit").click();

		Locator result = this.page.getByTestId("grid-result");
		assertThat(result).containsText("已上报", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		String number = result.locator("a").textContent().strip();
		assertThat(number).matches("HG\\d{8}-\\d{4}");
		assertThat(this.jdbc
			.sql("select c.category_code || ' ' || c.channel || ' ' || c.org_code || ' ' || (select count(*)"
					+ " from case_attachment a where a.case_id = c.id) from cases c where c.number = ?"
					+ " and c.description = ?")
			.params(number, description)
			.query(String.class)
			.single()).isEqualTo("SJ0501 GRID_WORKER " + GRID + " 1");
	}

	@Test
	void aReportMadeOfflineWaitsInTheQueueAndIsSentExactlyOnceWhenTheNetworkReturns() {
		signInOnPhoneAt(GRID_WORKER, pointIn(GRID));
		open("/m/report");
		assertThat(this.page.getByTestId("gps")).containsText("桔蔷社区");
		// the app is installed: its service worker keeps the shell for use offline
		this.page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
		this.page.reload();
		this.page.waitForFunction("() => navigator.serviceWorker.controller !== null");

		this.page.context().setOffline(true);
		String description = unique("离线上报：路灯不亮");
		this.page.fill("#grid-description", description);
		this.page.setInputFiles("#grid-photos", photo("路灯.jpg", Color.BLUE));
		assertThat(this.page.getByTestId("grid-photo-list").locator("li")).hasCount(1);
		this.page.locator("label.quick:has([data-testid=quick-BJ0201])").click();
		// 路灯不亮 asks how many lights are out
		this.page.getByLabel("不亮的路灯数量").fill("2");
		this.page.getByTestId("grid-submit").click();
		assertThat(this.page.getByTestId("grid-result")).containsText("没有网络，已保存在手机上");
		assertThat(this.page.locator("[data-queue-count]")).hasText("1");

		// still offline, the queue page comes from the service worker and lists the
		// report
		this.page.getByTestId("tab-queue").click();
		assertThat(this.page.getByTestId("network")).hasText("当前没有网络");
		Locator item = this.page.getByTestId("queue-list")
			.locator("[data-testid=queue-item]", new Locator.LocatorOptions().setHasText(description));
		assertThat(item).hasAttribute("data-state", "waiting");
		assertThat(item.getByTestId("queue-state")).hasText("等待网络");
		assertThat(this.page.getByTestId("queue-count")).hasText(Pattern.compile("有 \\d+ 条上报等待发送"));
		screenshot("phone-grid-queue-offline");
		assertThat(countWith(description)).isZero();

		this.page.context().setOffline(false);
		assertThat(item).hasCount(0, SENT);
		assertThat(this.page.getByTestId("sent-list")).containsText("路灯不亮");
		assertThat(countWith(description)).isEqualTo(1);
		assertThat(this.jdbc.sql("select answers from cases where description = ?")
			.param(description)
			.query(String.class)
			.single()).contains("lamp_count");
		// asking to send again changes nothing: the queue is empty, and the server knows
		// the key
		this.page.getByTestId("queue-send").click();
		this.page.reload();
		assertThat(this.page.getByTestId("queue-list")
			.locator("[data-testid=queue-item]", new Locator.LocatorOptions().setHasText(description))).hasCount(0);
		assertThat(countWith(description)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from case_attachment a join cases c on c.id = a.case_id" + " where c.description = ?")
			.param(description)
			.query(Integer.class)
			.single()).isEqualTo(1);
		screenshot("phone-grid-queue-sent");
	}

	private int countWith(String description) {
		return this.jdbc.sql("select count(*) from cases where description = ?")
			.param(description)
			.query(Integer.class)
			.single();
	}

}
