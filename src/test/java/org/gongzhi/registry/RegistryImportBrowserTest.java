package org.gongzhi.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;
import org.gongzhi.support.TestHttp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page in Chromium: a community worker uploads a file with a bad row, watches
 * the progress bar, downloads the error file, corrects the row in it and uploads it
 * again, and the corrected person is imported; the org map shows the registry's coverage.
 */
class RegistryImportBrowserTest extends BrowserTest {

	@Test
	void aBadRowComesBackInAnErrorFileThatImportsOnceCorrected() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String address = "桔蔷路页面导入 " + RegistryFixture.newIdNumber().substring(8, 14) + " 号";
		String good = RegistryFixture.newIdNumber();
		String meant = RegistryFixture.newIdNumber();
		String typo = meant.substring(0, 17) + ((meant.charAt(17) == '1') ? '2' : '1');
		byte[] file = RegistryFilesContract.file(community, "persons",
				List.of(RegistryFilesContract.row(RegistryFixture.GRID, address, "1", "孙页面", good, "", "户主"),
						RegistryFilesContract.row(RegistryFixture.GRID, address, "1", "周页面", typo, "", "配偶")));

		loginAs(DemoUser.COMMUNITY_WORKER);
		open("/registry");
		this.page.click("[data-testid=import-link]");
		assertThat(this.page.locator("[data-testid=template-persons]")).isVisible();
		this.page.selectOption("[data-testid=import-entity]", "persons");
		this.page.setInputFiles("[data-testid=import-file]",
				new FilePayload("persons.xlsx", RegistryExports.MEDIA_TYPE, file));
		this.page.click("[data-testid=import-start]");
		assertThat(this.page.locator("[data-testid=import-summary]")).containsText("新导入 1 条");
		assertThat(this.page.locator("[data-testid=import-summary]")).containsText("有错 1 行");
		assertThat(this.page.locator("[data-testid=import-bar]")).hasAttribute("value", "100");
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "registry-import-errors.png")));

		Download download = this.page.waitForDownload(() -> this.page.click("[data-testid=error-file]"));
		byte[] errors = Files.readAllBytes(download.path());
		List<List<String>> rows = RegistryFilesContract.rows(errors);
		assertThat(rows).hasSize(2);
		assertThat(String.join("|", rows.get(1))).contains(typo).contains("证件号码：身份证号码校验位不正确");

		open("/registry/import");
		this.page.setInputFiles("[data-testid=import-file]", new FilePayload("persons-corrected.xlsx",
				RegistryExports.MEDIA_TYPE, RegistryFilesContract.corrected(errors, typo, meant)));
		this.page.click("[data-testid=import-start]");
		assertThat(this.page.locator("[data-testid=import-summary]")).containsText("新导入 1 条");
		assertThat(this.page.locator("[data-testid=import-summary]")).containsText("有错 0 行");
		assertThat(this.page.locator("[data-testid=error-file]")).hasCount(0);
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "registry-import-done.png")));

		open("/registry?q=周页面");
		assertThat(this.page.locator("[data-testid=persons]")).containsText(Masking.idNumber(meant));
	}

	@Test
	void theOrgMapShowsTheRegistryCoverageInItsSidePanel() {
		loginAs(DemoUser.COMMUNITY_WORKER);
		open("/org/map?code=" + RegistryFixture.COMMUNITY);
		assertThat(this.page.locator("[data-testid=coverage-panel]")).isVisible();
		assertThat(this.page.locator("[data-testid=panel-person-rate]")).containsText("%");
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "registry-coverage-map.png")));
		this.page.click("[data-testid=coverage-link]");
		assertThat(this.page.locator("[data-testid=coverage-children]"))
			.containsText(RegistryFixture.GRID.isEmpty() ? ""
					: this.jdbc.sql("select name from org_unit where code = ?")
						.param(RegistryFixture.GRID)
						.query(String.class)
						.single());
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "registry-coverage.png")));
	}

}
