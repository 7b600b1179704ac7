package org.gongzhi.dashboard;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;
import org.gongzhi.support.TestHttp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in Chromium on the demo history: a district leader sees counts,
 * indicators, charts and the map of open cases and drills down to a street; a community
 * sees only itself; grid workers and residents are refused; a case closed and rated
 * through the API moves the figures.
 */
class DashboardBrowserTest extends BrowserTest {

	private static final String DISTRICT = "210105";

	private static final String STREET = "210105001";

	private static final String COMMUNITY = "210105001002";

	private static final String GRID = "210105001002001";

	@Test
	void aLeaderSeesTheDistrictAndDrillsDownToAStreet() {
		loginAs(DemoUser.LEADER);
		Page page = open("/dashboard");
		assertThat(page.getByTestId("dashboard-title")).containsText("皇姑区");
		assertThat(page.getByTestId("breadcrumb")).hasText("皇姑区");
		assertThat(Long.parseLong(page.getByTestId("period-reported").innerText())).as("the history's cases")
			.isPositive();
		assertThat(page.getByTestId("indicator-on-time").locator("strong")).containsText("%");
		assertThat(page.getByTestId("indicator-satisfaction").locator("strong")).containsText("%");
		assertThat(page.getByTestId("chart-volume").locator("canvas")).hasCount(1);
		assertThat(page.getByTestId("chart-places").locator("canvas")).hasCount(1);
		Locator map = page.getByTestId("dashboard-map");
		assertThat(map).hasAttribute("data-loaded", "true");
		assertThat(map.locator(".case-point, .case-cluster").first()).isVisible();
		assertThat(page.getByTestId("count-red")).not().hasText("–");
		assertThat(page.getByTestId("ranking-units").locator("tbody tr").first()).containsText("%");
		screenshot(page, "dashboard-district");

		map.locator(".leaflet-overlay-pane path").first().dispatchEvent("click");
		page.waitForURL((url) -> url.contains("org=" + STREET));
		assertThat(page.getByTestId("dashboard-title")).containsText("三台子街道");
		assertThat(page.getByTestId("breadcrumb").locator("a")).hasText("皇姑区");
		assertThat(page.getByTestId("dashboard-map")).hasAttribute("data-loaded", "true");
		screenshot(page, "dashboard-street");

		page.getByTestId("breadcrumb").locator("a").click();
		page.waitForURL((url) -> url.contains("org=" + DISTRICT));
		assertThat(page.getByTestId("dashboard-title")).containsText("皇姑区");
	}

	@Test
	void theDashboardSpeaksEnglish() {
		loginAs(DemoUser.DISPATCHER);
		Page page = open("/dashboard?lang=en");
		assertThat(page.getByTestId("dashboard-title")).containsText("Command dashboard");
		assertThat(page.getByTestId("indicator-on-time")).containsText("On-time closure rate");
		assertThat(page.getByTestId("dashboard-map")).hasAttribute("data-loaded", "true");
		screenshot(page, "dashboard-district-en");
		open("/dashboard?lang=zh-CN");
	}

	@Test
	void aCommunitySeesOnlyItself() {
		loginAs(DemoUser.COMMUNITY_WORKER);
		Page page = open("/dashboard");
		assertThat(page.getByTestId("dashboard-title")).containsText("桔蔷社区");
		assertThat(page.getByTestId("breadcrumb")).hasText("桔蔷社区");
		assertThat(page.getByTestId("dashboard-map")).hasAttribute("data-loaded", "true");
		screenshot(page, "dashboard-community");
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		assertThat(community.get("/dashboard?org=" + DISTRICT).status()).isEqualTo(404);
		assertThat(community.get("/dashboard?org=210105002001").status()).isEqualTo(404);
		assertThat(community.get("/api/dashboard/open-cases?org=" + STREET).status()).isEqualTo(404);
		JsonNode points = community.get("/api/dashboard/open-cases").json();
		assertThat(points.path("org").asString()).isEqualTo(COMMUNITY);
		assertThat(http().loginAs(DemoUser.PARTY_SECRETARY).get("/dashboard").status()).isEqualTo(200);
	}

	@Test
	void gridWorkersResidentsAndDepartmentsAreRefused() {
		for (DemoUser user : new DemoUser[] { DemoUser.GRID_WORKER, DemoUser.RESIDENT, DemoUser.DEPARTMENT }) {
			TestHttp client = http().loginAs(user);
			assertThat(client.get("/dashboard").status()).as(user.username()).isEqualTo(403);
			assertThat(client.get("/api/dashboard/open-cases").status()).as(user.username()).isEqualTo(403);
		}
	}

	@Test
	void aCaseClosedAndRatedThroughTheApiMovesTheFigures() {
		TestHttp leader = http().loginAs(DemoUser.LEADER);
		Figures before = figures(leader);
		TestHttp resident = http().loginAs(DemoUser.RESIDENT);
		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		TestHttp department = http().loginAs(DemoUser.DEPARTMENT);
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		double[] point = this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(GRID)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		TestHttp.Response report = resident.postJson("/api/cases",
				String.format(Locale.ROOT,
						"{\"categoryCode\":\"SJ0201\",\"lat\":%.7f,\"lng\":%.7f,\"description\":\"墙上贴满了小广告\"}",
						point[0], point[1]));
		assertThat(report.status()).as(report.body()).isEqualTo(201);
		long id = report.json().path("id").asLong();
		assertThat(openCasesOnTheMap(leader)).as("waiting to be accepted").contains(id);
		ok(dispatcher.postJson("/api/cases/" + id + "/accept", "{}"));
		assertThat(openCasesOnTheMap(leader)).as("waiting to be dispatched").contains(id);
		ok(dispatcher.postJson("/api/cases/" + id + "/dispatch", "{\"unitCode\":\"210105-CG\"}"));
		assertThat(openCasesOnTheMap(leader)).as("in hand").contains(id);
		ok(department.postJson("/api/cases/" + id + "/start", "{}"));
		ok(department.postJson("/api/cases/" + id + "/handle", "{\"note\":\"已清除\"}"));
		assertThat(openCasesOnTheMap(leader)).as("waiting to be verified").contains(id);
		ok(grid.postJson("/api/cases/" + id + "/verify", "{\"passed\":true}"));
		ok(dispatcher.postJson("/api/cases/" + id + "/close", "{}"));
		assertThat(openCasesOnTheMap(leader)).as("closed").doesNotContain(id);
		ok(resident.postJson("/api/cases/" + id + "/evaluate", "{\"rating\":\"SATISFIED\"}"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Figures after = figures(leader);
			assertThat(after.todayClosed()).isEqualTo(before.todayClosed() + 1);
			assertThat(after.periodReported()).isEqualTo(before.periodReported() + 1);
		});
		loginAs(DemoUser.LEADER);
		Page page = open("/dashboard");
		assertThat(Long.parseLong(page.getByTestId("today-closed").innerText()))
			.isGreaterThanOrEqualTo(before.todayClosed() + 1);
	}

	/** The ids of the open cases that the map of the grid shows. */
	private static List<Long> openCasesOnTheMap(TestHttp client) {
		List<Long> ids = new ArrayList<>();
		client.get("/api/dashboard/open-cases?org=" + GRID)
			.json()
			.path("points")
			.forEach((point) -> ids.add(point.path("id").asLong()));
		return ids;
	}

	/** The dashboard's numbers as the page shows them. */
	private Figures figures(TestHttp client) {
		TestHttp.Response page = client.get("/dashboard");
		assertThat(page.status()).isEqualTo(200);
		return new Figures(number(page.body(), "today-closed"), number(page.body(), "period-reported"));
	}

	private static long number(String html, String testId) {
		int at = html.indexOf("data-testid=\"" + testId + "\"");
		int start = html.indexOf('>', at) + 1;
		return Long.parseLong(html.substring(start, html.indexOf('<', start)).strip());
	}

	private static void ok(TestHttp.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 299);
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}

	private record Figures(long todayClosed, long periodReported) {
	}

}
