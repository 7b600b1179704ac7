package org.gongzhi.cases;

import java.awt.Color;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident on a 360-px phone: reports a problem with a pin and a photo, is offered an
 * open case nearby to follow instead, reads the progress of their reports and rates a
 * closed one; anyone sees the public cases without personal data.
 */
class ResidentPhoneBrowserTest extends PhoneBrowserTest {

	@Test
	void aResidentReportsABrokenManholeCoverWithAPinAndAPhotoAndSeesTheCaseNumber() {
		signInAsNewResident();
		double[] point = pointIn(GRID);
		phoneAt(point);
		open("/report");
		screenshot("phone-report-empty");
		this.page.getByTestId("use-location").click();
		assertThat(this.page.getByTestId("place")).containsText("桔蔷社区");
		// and a tap on the map, where the phone is, places the pin there
		this.page.getByTestId("report-map").click();
		assertThat(this.page.getByTestId("place")).containsText("桔蔷社区");
		this.page.fill("#category-search", "井盖");
		this.page.locator("label.choice", new Page.LocatorOptions().setHasText("井盖破损")).click();
		assertThat(this.page.getByTestId("category-chosen")).hasText("井盖破损");
		String description = unique("人行道上的井盖裂了，晚上看不见");
		this.page.fill("#description", description);
		this.page.setInputFiles("#photos", photo("井盖.jpg", Color.ORANGE));
		assertThat(this.page.getByTestId("photo-list").locator("li")).hasCount(1);
		assertThat(this.page.locator("#photo-count")).containsText("1/9");
		screenshot("phone-report-filled");
		this.page.getByTestId("submit").click();

		this.page.waitForURL(Pattern.compile(".*/report/mine/\\d+\\?reported=true"));
		assertThat(this.page.getByTestId("receipt")).isVisible();
		assertThat(this.page.getByTestId("case-number")).hasText(Pattern.compile("HG\\d{8}-\\d{4}"));
		assertThat(this.page.getByTestId("expected")).containsText("预计办结时间");
		screenshot("phone-report-receipt");
		String number = this.page.getByTestId("case-number").textContent().strip();
		var stored = this.jdbc
			.sql("select c.category_code, c.public_shown, c.org_code, (select count(*) from case_attachment a"
					+ " where a.case_id = c.id) as photos from cases c where c.number = ? and c.description = ?")
			.params(number, description)
			.query((rs, row) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4)))
			.single();
		assertThat(stored).containsExactly("BJ0101", true, GRID, 1);
	}

	@Test
	void beforeSendingTheResidentIsOfferedTheOpenCaseNearbyAndFollowsIt() {
		double[] point = pointIn(GRID);
		long original = reported(as(GRID_WORKER), "BJ0102", point, unique("井盖丢了"), true);
		String number = numberOf(original);
		signInAsNewResident();
		phoneAt(point);
		open("/report");
		this.page.getByTestId("use-location").click();
		this.page.fill("#category-search", "井盖缺失");
		this.page.locator("label.choice", new Page.LocatorOptions().setHasText("井盖缺失")).click();

		Locator nearby = this.page.getByTestId("nearby");
		assertThat(nearby).isVisible();
		assertThat(nearby).containsText("是同一个问题吗？");
		Locator offered = nearby.locator("li", new Locator.LocatorOptions().setHasText(number));
		assertThat(offered).containsText("井盖缺失");
		screenshot("phone-report-nearby");
		offered.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
		assertThat(offered.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)).hasText("已关注");
		assertThat(this.page.getByTestId("nearby-followed")).isVisible();

		open("/report/mine");
		assertThat(this.page.locator("[data-testid=mine-item][data-number='" + number + "']")).isVisible();
		assertThat(this.jdbc.sql("select count(*) from case_follower where case_id = ?")
			.param(original)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aResidentFollowsTheTimelineOfTheirReportAndRatesItOnceClosed() {
		signInAsNewResident();
		open("/report");
		String description = unique("小区门口堆了很多垃圾");
		double[] point = pointIn(GRID);
		// the resident's report, sent from their signed-in page as its script does
		Object id = this.page.evaluate("""
				body => fetch('/api/cases', { method: 'POST', headers: { 'Content-Type': 'application/json',
					[document.querySelector('meta[name=csrf-header]').content]:
						document.querySelector('meta[name=csrf-token]').content }, body: JSON.stringify(body) })
					.then(r => r.json()).then(r => r.id)""", java.util.Map.of("categoryCode", "SJ0101", "lat", point[0],
				"lng", point[1], "description", description));
		long caseId = ((Number) id).longValue();
		String number = numberOf(caseId);
		act(DemoUser.DISPATCHER.username(), caseId, "accept", "{}");
		act(DemoUser.DISPATCHER.username(), caseId, "dispatch", "{\"unitCode\":\"210105-CG\"}");
		act(DemoUser.DEPARTMENT.username(), caseId, "start", "{}");
		act(DemoUser.DEPARTMENT.username(), caseId, "handle", "{\"note\":\"垃圾已清运\"}");
		act(GRID_WORKER, caseId, "verify", "{\"passed\":true}");
		act(DemoUser.DISPATCHER.username(), caseId, "close", "{}");

		open("/report/mine");
		Locator item = this.page.locator("[data-testid=mine-item][data-number='" + number + "']");
		assertThat(item.getByTestId("item-state")).hasText("已结案");
		assertThat(item).containsText("已办结，请评价");
		item.getByTestId("show-timeline").click();
		Locator timeline = item.getByTestId("timeline");
		assertThat(timeline).containsText("结案");
		assertThat(timeline).containsText("派遣");
		assertThat(timeline).containsText("垃圾已清运");
		assertThat(timeline.getByTestId("timeline-entry").first()).hasAttribute("data-action", "CLOSE");
		screenshot("phone-mine");

		item.locator("a.case-link").click();
		assertThat(this.page.getByTestId("rating-form")).isVisible();
		screenshot("phone-case-rate");
		this.page.locator("label.rating-choice", new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*满意\\s*$")))
			.click();
		this.page.fill("#rating-note", "清理得很及时");
		this.page.getByTestId("rate-submit").click();
		assertThat(this.page.getByTestId("notice")).hasText("感谢您的评价！");
		assertThat(this.page.getByTestId("rating")).containsText("满意");
		assertThat(this.page.getByTestId("rating-form")).hasCount(0);
		assertThat(this.jdbc.sql("select state || ' ' || rating from cases where id = ?")
			.param(caseId)
			.query(String.class)
			.single()).isEqualTo("EVALUATED SATISFIED");
	}

	@Test
	void anyoneSeesThePublicCasesOnTheMapAndInTheListWithoutPersonalData() {
		double[] point = pointIn(GRID);
		String secret = unique("13800138000 王小明家门口");
		long shown = reported(as(DemoUser.RESIDENT.username()), "SJ0504", point, secret, true);
		long hidden = reported(as(DemoUser.RESIDENT.username()), "SJ0504", point, unique("不公开"), false);
		onPhone();
		open("/report/around");
		Locator list = this.page.getByTestId("around-list");
		assertThat(list.locator("[data-number='" + numberOf(shown) + "']")).containsText("机动车乱停放");
		assertThat(list.locator("[data-number='" + numberOf(hidden) + "']")).hasCount(0);
		assertThat(this.page.locator(".leaflet-interactive").first()).isVisible();
		String html = this.page.content();
		assertThat(html).doesNotContain("13800138000").doesNotContain("王小明");
		screenshot("phone-around");

		this.page.selectOption("#filter-category", "SJ0504");
		this.page.selectOption("#filter-status", "CLOSED");
		this.page.locator("[data-testid=around-filters] button[type=submit]").click();
		this.page.waitForURL(Pattern.compile(".*status=CLOSED.*"));
		assertThat(list.locator("[data-number='" + numberOf(shown) + "']")).hasCount(0);
		this.page.selectOption("#filter-status", "OPEN");
		this.page.locator("[data-testid=around-filters] button[type=submit]").click();
		this.page.waitForURL(Pattern.compile(".*status=OPEN.*"));
		assertThat(list.locator("[data-number='" + numberOf(shown) + "']")).isVisible();
		assertThat(list.locator("[data-testid=around-item]").first()).containsText("机动车乱停放");
	}

	@Test
	void everyInputOfTheReportFormHasALabelAndTabReachesTheSendButton() {
		signInAsNewResident();
		open("/report");
		@SuppressWarnings("unchecked")
		List<String> unlabelled = (List<String>) this.page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('#report-form input, #report-form textarea, #report-form select'))
							.filter(e => e.type !== 'hidden')
							.filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
								&& !e.getAttribute('aria-labelledby'))
							.map(e => e.id || e.name)""");
		assertThat(unlabelled).isEmpty();
		assertThat(this.page.getByLabel("问题描述")).isVisible();
		assertThat(this.page.getByLabel("搜索问题类别")).isVisible();
		assertThat(this.page.getByLabel("添加照片（最多 9 张）")).hasCount(1);
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.RADIO,
				new Page.GetByRoleOptions().setName(Pattern.compile("^公开"))))
			.isChecked();

		this.page.locator("#address").focus();
		String focused = "";
		int presses = 0;
		while (!"submit".equals(focused) && presses < 80) {
			this.page.keyboard().press("Tab");
			presses++;
			focused = (String) this.page.evaluate("() => document.activeElement.id || document.activeElement.tagName");
		}
		assertThat(focused).as("Tab reaches the send button").isEqualTo("submit");
		this.page.keyboard().press("Enter");
		assertThat(this.page.getByTestId("location-error")).isVisible();
		assertThat(this.page.getByTestId("category-error")).isVisible();
		assertThat(this.page.getByTestId("description-error")).isVisible();
		assertThat(this.page.locator("#description")).hasAttribute("aria-invalid", "true");
		assertThat(this.page.locator("#use-location")).isFocused();
		screenshot("phone-report-errors");
	}

}
