package org.gongzhi.cases;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.support.BrowserTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop workbenches in Chromium, each by its role. Every test puts the clock on a
 * day of its own in the past, so that its cases have the tightest deadlines of the shared
 * database and head the queues; it asserts only on its own cases.
 */
class DeskBrowserTest extends BrowserTest {

	private static final String GRID = "210105001002003";

	private static final String CITY_MANAGEMENT = "210105-CG";

	private static final String HOUSING = "210105-ZJ";

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private AuditLog audit;

	@Test
	void theDispatcherAcceptsOneCaseBulkAcceptsTwoAndDispatchesToCityManagementAsSuggested() {
		at("2026-02-02T09:00");
		long first = reported("SJ0201");
		long second = reported("SJ0201");
		long third = reported("SJ0201");
		loginAs(DemoUser.DISPATCHER);
		open("/desk");
		Locator intake = this.page.getByTestId("intake");
		assertThat(row(intake, first).getByTestId("countdown")).containsText("剩");
		screenshot("desk");

		row(intake, first).getByTestId("accept").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(first));
		assertThat(state(first)).isEqualTo("ACCEPTED");

		row(this.page.getByTestId("intake"), second).getByTestId("select").check();
		row(this.page.getByTestId("intake"), third).getByTestId("select").check();
		this.page.getByTestId("bulk-accept").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(second));
		assertThat(this.page.getByTestId("notice")).containsText(number(third));
		assertThat(state(second)).isEqualTo("ACCEPTED");
		assertThat(state(third)).isEqualTo("ACCEPTED");

		Locator accepted = row(this.page.getByTestId("accepted"), first);
		assertThat(accepted.getByTestId("unit")).hasValue(CITY_MANAGEMENT);
		assertThat(accepted.getByTestId("unit").locator("option:checked")).containsText("建议");
		accepted.getByTestId("dispatch").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(first));
		JsonNode dispatched = detail(first);
		assertThat(dispatched.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(dispatched.path("unit").path("code").asString()).isEqualTo(CITY_MANAGEMENT);
		screenshot("desk-after-dispatch");
	}

	@Test
	void theDispatcherSupervisesAnOverdueCaseFromTheBoard() {
		at("2026-03-02T09:00");
		long id = dispatched();
		at("2026-03-06T10:00");
		loginAs(DemoUser.DISPATCHER);
		open("/desk");
		Locator red = this.page.locator("[data-testid=overdue-red][data-case='" + number(id) + "']");
		assertThat(red.getByTestId("countdown")).containsText("超时");
		red.getByTestId("supervise-reason").fill("请今天下班前办结");
		red.getByTestId("supervise").click();
		assertThat(this.page.getByTestId("notice")).containsText("已督办 " + number(id));
		JsonNode supervisions = detail(id).path("supervisions");
		assertThat(supervisions).hasSize(1);
		assertThat(supervisions.get(0).path("note").asString()).isEqualTo("请今天下班前办结");
	}

	@Test
	void theDispatcherEscalatesWithALeadInTheDialog() {
		at("2026-03-09T09:00");
		long id = reported("SJ0201");
		ok(api(DemoUser.DISPATCHER).post("/api/cases/" + id + "/accept", "{}"));
		loginAs(DemoUser.DISPATCHER);
		open("/cases/" + id);
		this.page.getByTestId("open-escalate").click();
		Locator dialog = this.page.locator("#escalate-dialog");
		dialog.getByTestId("submit").click();
		assertThat(this.page.locator("#escalate-dialog").getByTestId("field-error").first()).isVisible();
		dialog = this.page.locator("#escalate-dialog");
		dialog.locator("#summon-" + HOUSING).check();
		dialog.locator("input[name=leadUnitCode][value='" + CITY_MANAGEMENT + "']").check();
		dialog.getByTestId("reason").fill("涉及城管和住建，需联合处置");
		screenshot("escalate-dialog");
		dialog.getByTestId("submit").click();
		assertThat(this.page.getByTestId("escalation")).containsText("牵头");
		JsonNode escalation = detail(id).path("escalation");
		assertThat(escalation.path("leadUnitCode").asString()).isEqualTo(CITY_MANAGEMENT);
		assertThat(escalation.path("units")).extracting((unit) -> unit.path("unitCode").asString())
			.containsExactlyInAnyOrder(CITY_MANAGEMENT, HOUSING);
	}

	@Test
	void theDepartmentStartsReturnsAsksForAnExtensionHandlesWithAPhotoAndTheDispatcherDecides() {
		at("2026-02-03T09:00");
		long toReturn = dispatched();
		long toHandle = dispatched();
		loginAs(DemoUser.DEPARTMENT);
		open("/desk/unit");
		assertThat(this.page.getByTestId("unit-indicators")).isVisible();
		row(this.page.getByTestId("dispatched"), toHandle).getByTestId("start").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(toHandle));
		assertThat(state(toHandle)).isEqualTo("IN_PROGRESS");
		screenshot("unit-desk");

		row(this.page.getByTestId("dispatched"), toReturn).getByTestId("return").click();
		Locator form = this.page.locator("details[data-action=return]");
		form.getByTestId("submit").click();
		assertThat(this.page.locator("details[data-action=return]").getByTestId("field-error")).hasText("请填写理由。");
		this.page.locator("details[data-action=return] select[data-reason-template]").selectOption("不属于本单位职责，请改派");
		this.page.locator("details[data-action=return]").getByTestId("submit").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(toReturn));
		assertThat(state(toReturn)).isEqualTo("ACCEPTED");

		open("/cases/" + toHandle + "?open=extend");
		// the page's scripts and requests first: under load they came after the
		// typing, and the form went off without its reason
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		Locator reason = this.page.locator("details[data-action=extend]").getByTestId("reason");
		reason.fill("需要采购井盖");
		assertThat(reason).hasValue("需要采购井盖");
		this.page.locator("details[data-action=extend]").getByTestId("submit").click();
		assertThat(this.page.getByTestId("extension-list")).containsText("需要采购井盖");

		open("/cases/" + toHandle + "?open=handle");
		Locator handle = this.page.locator("details[data-action=handle]");
		handle.getByTestId("result").fill("已清除小广告，墙面已恢复");
		handle.getByTestId("photos-input").setInputFiles(new FilePayload("现场.png", "image/png", photo()));
		assertThat(handle.getByTestId("uploaded")).hasCount(1);
		screenshot("case-handle");
		handle.getByTestId("submit").click();
		assertThat(this.page.getByTestId("case-state")).hasText("处置完毕");
		assertThat(this.page.getByTestId("photos").locator("img")).hasCount(1);
		JsonNode handled = detail(toHandle);
		assertThat(handled.path("state").asString()).isEqualTo("HANDLED");
		JsonNode last = handled.path("timeline").get(handled.path("timeline").size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("HANDLE");
		assertThat(last.path("attachments")).hasSize(1);
	}

	@Test
	void theDispatcherApprovesAnExtensionRequest() {
		at("2026-02-05T09:00");
		long id = dispatched();
		ok(api(DemoUser.DEPARTMENT).post("/api/cases/" + id + "/start", "{}"));
		String deadline = LocalDateTime.parse("2026-02-20T17:00")
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant()
			.toString();
		ok(api(DemoUser.DEPARTMENT).post("/api/cases/" + id + "/extend",
				"{\"reason\":\"需协调供电公司\",\"deadline\":\"" + deadline + "\"}"));
		loginAs(DemoUser.DISPATCHER);
		open("/desk");
		Locator request = this.page.locator("[data-testid=extension][data-case='" + number(id) + "']");
		assertThat(request).containsText("需协调供电公司");
		request.getByTestId("approve").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(id));
		assertThat(detail(id).path("extensions").get(0).path("decision").asString()).isEqualTo("APPROVED");
	}

	@Test
	void aConflictShowsWhyAndTheCaseAsItIsNow() {
		at("2026-02-06T09:00");
		long id = reported("SJ0201");
		loginAs(DemoUser.DISPATCHER);
		open("/cases/" + id + "?open=accept");
		ok(api(DemoUser.STREET_DISPATCHER).post("/api/cases/" + id + "/accept", "{}"));
		this.page.locator("details[data-action=accept]").getByTestId("submit").click();
		assertThat(this.page.getByTestId("conflict")).containsText("刚被别人处理过");
		assertThat(this.page.getByTestId("case-state")).hasText("已立案");
		assertThat(this.page.locator("details[data-action=dispatch]")).hasCount(1);
		screenshot("case-conflict");
	}

	@Test
	void theCommunityWorkerAcceptsACommunityLevelCase() {
		at("2026-02-09T09:00");
		long id = reported("ZL0205");
		loginAs(DemoUser.COMMUNITY_WORKER);
		open("/desk/community");
		assertThat(this.page.getByTestId("grids")).containsText("网格");
		row(this.page.getByTestId("intake"), id).getByTestId("accept").click();
		assertThat(this.page.getByTestId("notice")).containsText(number(id));
		assertThat(state(id)).isEqualTo("ACCEPTED");
		screenshot("community-desk");
	}

	@Test
	void theListFiltersAndExportsExactlyTheFilteredCasesAndTheExportIsAudited() throws IOException {
		at("2026-02-10T09:00");
		List<String> mine = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			mine.add(number(reported("SJ0201")));
		}
		long accepted = reported("SJ0201");
		ok(api(DemoUser.DISPATCHER).post("/api/cases/" + accepted + "/accept", "{}"));
		int auditsBefore = this.audit.latest("CASES_EXPORTED", "dispatcher", 1000).size();
		loginAs(DemoUser.DISPATCHER);
		open("/desk/cases");
		this.page.getByTestId("from").fill("2026-02-10");
		this.page.getByTestId("to").fill("2026-02-10");
		this.page.getByTestId("category").selectOption("SJ0201");
		this.page.getByTestId("state-REPORTED").check();
		this.page.getByTestId("search").click();
		this.page.waitForURL("**state=REPORTED**");
		assertThat(this.page.getByTestId("row")).hasCount(3);
		for (String number : mine) {
			assertThat(this.page.locator("[data-testid=row][data-case='" + number + "']")).hasCount(1);
		}
		screenshot("case-list");

		Download download = this.page.waitForDownload(() -> this.page.getByTestId("export").click());
		List<String> exported = new ArrayList<>();
		try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件编号");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("状态");
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					exported.add(row.getCell(0).getStringCellValue());
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo("待立案");
				}
			}
		}
		assertThat(exported).containsExactlyInAnyOrderElementsOf(mine);
		assertThat(this.audit.latest("CASES_EXPORTED", "dispatcher", 1000)).hasSize(auditsBefore + 1);
		assertThat(this.audit.latest("CASES_EXPORTED", "dispatcher", 1).get(0).detail()).contains("rows=3");
	}

	@Test
	void thePagesSpeakEnglish() {
		at("2026-02-11T09:00");
		long id = reported("SJ0201");
		loginAs(DemoUser.DISPATCHER);
		open("/desk?lang=en");
		assertThat(this.page.locator("h1")).hasText("Dispatch desk");
		assertThat(row(this.page.getByTestId("intake"), id).getByTestId("countdown")).containsText("left");
		open("/cases/" + id + "?lang=en");
		assertThat(this.page.getByTestId("actions")).containsText("Accept");
		screenshot("case-en");
	}

	// --- helpers

	private Locator row(Locator section, long id) {
		return section.locator("tr[data-case='" + number(id) + "']");
	}

	private long reported(String category) {
		double[] point = this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(GRID)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		String body = String.format(Locale.ROOT,
				"{\"categoryCode\":\"%s\",\"lat\":%.7f,\"lng\":%.7f,\"address\":\"桔蔷社区\",\"description\":\"墙上贴满了小广告\"}",
				category, point[0], point[1]);
		return ok(api(DemoUser.RESIDENT).post("/api/cases", body)).path("id").asLong();
	}

	private long dispatched() {
		long id = reported("SJ0201");
		ok(api(DemoUser.DISPATCHER).post("/api/cases/" + id + "/accept", "{}"));
		ok(api(DemoUser.DISPATCHER).post("/api/cases/" + id + "/dispatch",
				"{\"unitCode\":\"" + CITY_MANAGEMENT + "\"}"));
		return id;
	}

	private JsonNode detail(long id) {
		return ok(api(DemoUser.DISPATCHER).get("/api/cases/" + id));
	}

	private String state(long id) {
		return detail(id).path("state").asString();
	}

	private String number(long id) {
		return this.jdbc.sql("select number from cases where id = ?").param(id).query(String.class).single();
	}

	private CaseClient api(DemoUser user) {
		String token = "test-token-" + user.username();
		this.tokens.createIfAbsent(user.username(), "test " + user.username(), token);
		return new CaseClient("http://localhost:" + this.port, token);
	}

	private void at(String beijingTime) {
		this.clock.advance(Duration.between(this.clock.instant(),
				LocalDateTime.parse(beijingTime).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
	}

	private static JsonNode ok(TestHttp.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 299);
		return response.json();
	}

	private static byte[] photo() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return png.toByteArray();
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "desk-" + name + ".png")));
	}

}
