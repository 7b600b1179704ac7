package org.gongzhi.cases;

import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Geolocation;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole closed loop through the pages, each person in their own browser: a resident
 * reports a broken manhole cover on their phone → the district dispatcher accepts it and
 * dispatches it to 城管 → the department starts and handles it with a photo → the grid
 * worker verifies it on the phone → the dispatcher closes it → the resident rates it 满意 →
 * the leader's dashboard counts it, and its 满意率 is the one the indicators give.
 */
class CaseLoopJourneyBrowserTest extends PhoneBrowserTest {

	private static final String COMMUNITY = "210105001002";

	private static final int DAYS = 30;

	private static final String DASHBOARD = "/dashboard?org=" + COMMUNITY + "&days=" + DAYS;

	@Test
	void aReportedManholeCoverGoesRoundTheLoopAndShowsOnTheDashboard() {
		TestHttp leader = http().loginAs(DemoUser.LEADER);
		Figures before = figures(leader);

		double[] point = pointIn(GRID);
		signInAsNewResident();
		phoneAt(point);
		open("/report");
		this.page.getByTestId("use-location").click();
		assertThat(this.page.getByTestId("place")).containsText("桔蔷社区");
		this.page.fill("#category-search", "井盖");
		this.page.locator("label.choice", new Page.LocatorOptions().setHasText("井盖破损")).click();
		String description = unique("小区门口的井盖碎了，有人差点踩空");
		this.page.fill("#description", description);
		this.page.setInputFiles("#photos", photo("井盖.jpg", Color.ORANGE));
		assertThat(this.page.getByTestId("photo-list").locator("li")).hasCount(1);
		this.page.getByTestId("submit").click();
		this.page.waitForURL(Pattern.compile(".*/report/mine/\\d+\\?reported=true"));
		String number = this.page.getByTestId("case-number").textContent().strip();
		Matcher idInUrl = Pattern.compile("/report/mine/(\\d+)").matcher(this.page.url());
		assertThat(idInUrl.find()).isTrue();
		long id = Long.parseLong(idInUrl.group(1));
		assertThat(numberOf(id)).isEqualTo(number);

		Browser browser = this.page.context().browser();
		try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page dispatcher = signedIn(desk.newPage(), DemoUser.DISPATCHER.username());
			act(dispatcher, id, "accept");
			assertThat(dispatcher.getByTestId("case-state")).hasText("已立案");
			dispatcher.navigate(url("/cases/" + id + "?open=dispatch"));
			Locator dispatch = dispatcher.locator("details[data-action=dispatch]");
			// the category suggests its own unit; the dispatcher sends this one to 城管
			assertThat(dispatch.getByTestId("unit").locator("option:checked")).containsText("建议");
			dispatch.getByTestId("unit").selectOption("210105-CG");
			dispatch.getByTestId("submit").click();
			assertThat(dispatcher.getByTestId("case-state")).hasText("已派遣");

			try (BrowserContext unit = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
				Page department = signedIn(unit.newPage(), DemoUser.DEPARTMENT.username());
				act(department, id, "start");
				department.navigate(url("/cases/" + id + "?open=handle"));
				Locator handle = department.locator("details[data-action=handle]");
				handle.getByTestId("result").fill("已更换新井盖并设置警示");
				handle.getByTestId("photos-input").setInputFiles(photo("新井盖.jpg", Color.GRAY));
				assertThat(handle.getByTestId("uploaded")).hasCount(1);
				handle.getByTestId("submit").click();
				assertThat(department.getByTestId("case-state")).hasText("处置完毕");
				assertThat(department.getByTestId("photos").locator("img")).hasCount(2);
			}

			try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
				.setGeolocation(new Geolocation(point[0], point[1]).setAccuracy(10))
				.setPermissions(List.of("geolocation")))) {
				Page grid = signedIn(phone.newPage(), GRID_WORKER);
				grid.navigate(url("/m/"));
				Locator task = grid.getByTestId("verify-list").locator("[data-number='" + number + "']");
				assertThat(task).containsText("井盖破损");
				task.locator("a").click();
				grid.locator("label.rating-choice.pass").click();
				grid.setInputFiles("#verify-photos", photo("核查.jpg", Color.GREEN));
				assertThat(grid.locator("#verify-photo-list li")).hasCount(1);
				grid.fill("#verify-note", "新井盖已装好，周边无隐患");
				grid.getByTestId("verify-submit").click();
				assertThat(grid.getByTestId("verified"))
					.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			}

			act(dispatcher, id, "close");
			assertThat(dispatcher.getByTestId("case-state")).hasText("已结案");
		}

		open("/report/mine/" + id);
		assertThat(this.page.getByTestId("rating-form")).isVisible();
		this.page.locator("label.rating-choice", new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*满意\\s*$")))
			.click();
		this.page.fill("#rating-note", "修得很快，谢谢");
		this.page.getByTestId("rate-submit").click();
		assertThat(this.page.getByTestId("rating")).containsText("满意");
		assertThat(this.jdbc.sql("select state || ' ' || rating from cases where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("EVALUATED SATISFIED");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Figures after = figures(leader);
			assertThat(after.periodReported()).isEqualTo(before.periodReported() + 1);
			assertThat(after.todayClosed()).isEqualTo(before.todayClosed() + 1);
			assertThat(after.rated()).isEqualTo(before.rated() + 1);
			assertThat(after.satisfied()).isEqualTo(before.satisfied() + 1);
		});
		Figures after = figures(leader);
		onDesktop();
		forgetSession();
		loginAs(DemoUser.LEADER);
		open(DASHBOARD);
		assertThat(this.page.getByTestId("dashboard-title")).containsText("桔蔷社区");
		assertThat(this.page.getByTestId("period-reported")).hasText(String.valueOf(after.periodReported()));
		assertThat(this.page.getByTestId("today-closed")).hasText(String.valueOf(after.todayClosed()));
		assertThat(this.page.getByTestId("indicator-satisfaction").locator("strong"))
			.hasText(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * after.satisfied() / after.rated()));
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "journey-dashboard.png")));
	}

	/** Signs in on a page of its own browser context with the demo password. */
	private Page signedIn(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", DemoUser.password());
		page.click("[data-testid=login-submit]");
		page.waitForURL((target) -> !target.matches(".*/login(\\?.*)?$"));
		return page;
	}

	/** Takes an action that needs no input on the case page. */
	private void act(Page page, long id, String action) {
		page.navigate(url("/cases/" + id + "?open=" + action));
		page.locator("details[data-action=" + action + "]").getByTestId("submit").click();
		// the next navigation would cancel the action's request: it must finish first
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	private void onDesktop() {
		this.page.setViewportSize(1280, 800);
	}

	/**
	 * The community's 30-day dashboard figures and the rating counters of the same days,
	 * as the leader gets them.
	 */
	private Figures figures(TestHttp leader) {
		TestHttp.Response dashboard = leader.get(DASHBOARD);
		assertThat(dashboard.status()).isEqualTo(200);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		JsonNode total = leader
			.get("/api/indicators?org=" + COMMUNITY + "&from=" + today.minusDays(DAYS - 1) + "&to=" + today)
			.json()
			.path("total")
			.path("counters");
		return new Figures(number(dashboard.body(), "period-reported"), number(dashboard.body(), "today-closed"),
				total.path("rated").asLong(), total.path("satisfied").asLong());
	}

	private static long number(String html, String testId) {
		int at = html.indexOf("data-testid=\"" + testId + "\"");
		int start = html.indexOf('>', at) + 1;
		return Long.parseLong(html.substring(start, html.indexOf('<', start)).strip());
	}

	private record Figures(long periodReported, long todayClosed, long rated, long satisfied) {
	}

}
