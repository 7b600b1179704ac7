package org.gongzhi.org;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator keeps the org tree: describes units, draws and uploads outlines, adds
 * grids, staff and buildings. Works on 万方社区 so the other tests' units stay as generated.
 */
class OrgAdminBrowserTest extends BrowserTest {

	private static final String COMMUNITY = "210105023001";

	@TempDir
	Path files;

	@Test
	void anEmptyNameIsRejectedNextToTheFieldAndAValidOneIsSaved() {
		loginAs(DemoUser.ADMIN);
		open("/org/units/" + COMMUNITY);
		this.page.fill("#unit-name", "");
		this.page.fill("#unit-phone", "not a phone");
		this.page.getByTestId("unit-form").locator("button[type=submit]").click();
		assertThat(this.page.locator("#unit-name-error")).isVisible();
		assertThat(this.page.locator("#unit-phone-error")).containsText("电话号码");
		this.page.fill("#unit-name", "万方社区");
		this.page.fill("#unit-phone", "024-86000000");
		this.page.fill("#unit-households", "3100");
		this.page.getByTestId("unit-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).hasText("已保存。");
		assertThat(this.page.locator("#unit-households")).hasValue("3100");
		assertThat(this.jdbc.sql("select contact_phone from org_unit where code = ?")
			.param(COMMUNITY)
			.query(String.class)
			.single()).isEqualTo("024-86000000");
	}

	@Test
	void aGridDrawnOnTheMapIsAddedStaffedAndLocated() {
		loginAs(DemoUser.ADMIN);
		open("/org/units/" + COMMUNITY);
		this.page.click("[data-draw=start]");
		BoundingBox box = this.page.locator("#draw-map").boundingBox();
		double cx = box.x + box.width / 2;
		double cy = box.y + box.height / 2;
		this.page.mouse().click(cx - 20, cy - 20);
		this.page.mouse().click(cx + 20, cy - 20);
		this.page.mouse().click(cx + 20, cy + 20);
		this.page.mouse().click(cx - 20, cy + 20);
		this.page.click("[data-draw=finish]");
		this.page.fill("#grid-name", "万方社区新建网格");
		this.page.fill("#grid-households", "180");
		this.page.getByTestId("grid-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).hasText("网格已新增。");
		assertThat(this.page.getByTestId("unit-title")).containsText("万方社区新建网格");
		String code = this.page.url().substring(this.page.url().lastIndexOf('/') + 1);
		assertThat(code).startsWith(COMMUNITY).hasSize(15);
		assertThat(
				this.jdbc.sql("select boundary from org_unit where code = ?").param(code).query(String.class).single())
			.contains("Polygon");

		this.page.fill("#staff-name", "周新");
		this.page.getByTestId("staff-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("staff-list")).containsText("周新 · 专职网格员");
	}

	@Test
	void aBuildingNeedsAValidPointAndIsAddedWithOne() {
		loginAs(DemoUser.ADMIN);
		open("/org/units/" + COMMUNITY + "001");
		this.page.fill("#building-name", "1号楼");
		this.page.fill("#building-households", "48");
		this.page.fill("#building-lat", "400");
		this.page.fill("#building-lng", "123.4");
		this.page.getByTestId("building-form").locator("button[type=submit]").click();
		assertThat(this.page.locator("#building-lat-error")).isVisible();
		this.page.locator("#draw-map").click();
		assertThat(this.page.locator("#building-lat")).not().hasValue("400");
		this.page.getByTestId("building-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).hasText("已保存。");
		assertThat(this.page.getByTestId("children")).containsText("1号楼");
	}

	@Test
	void anUploadedOutlineReplacesTheOldOneAndALineIsRefused() throws Exception {
		loginAs(DemoUser.ADMIN);
		open("/org/units/" + COMMUNITY + "002");
		Path line = this.files.resolve("line.geojson");
		Files.writeString(line, "{\"type\":\"LineString\",\"coordinates\":[[123.4,41.8],[123.41,41.81]]}",
				StandardCharsets.UTF_8);
		this.page.setInputFiles("#outline-file", line);
		this.page.getByTestId("outline-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("outline-form").getByTestId("field-error")).containsText("LineString");

		Path square = this.files.resolve("square.geojson");
		Files.writeString(square,
				"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
						+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[123.40,41.80],[123.401,41.80],[123.401,41.801],"
						+ "[123.40,41.801],[123.40,41.80]]]}}]}",
				StandardCharsets.UTF_8);
		this.page.setInputFiles("#outline-file", square);
		this.page.getByTestId("outline-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).hasText("已保存。");
		assertThat(this.jdbc.sql("select boundary from org_unit where code = ?")
			.param(COMMUNITY + "002")
			.query(String.class)
			.single()).contains("123.401");
	}

	@Test
	void aDispatcherCannotOpenTheAdministrationPage() {
		loginAs(DemoUser.DISPATCHER);
		open("/org/units/" + COMMUNITY);
		assertThat(this.page.getByTestId("error-message")).containsText("无权");
		Locator form = this.page.getByTestId("unit-form");
		assertThat(form).hasCount(0);
	}

}
