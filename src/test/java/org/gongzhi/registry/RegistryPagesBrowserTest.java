package org.gongzhi.registry;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's pages in Chromium: a grid worker on a 360 px phone adds a household
 * (house, then members) and records a visit whose finding becomes a case; a community
 * worker on a desktop finds the person and sees the full ID number once, with a reason.
 */
class RegistryPagesBrowserTest extends BrowserTest {

	@Test
	void aGridWorkerAddsAHouseholdAndRecordsAVisitOnAPhone() {
		onPhone();
		double[] point = this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(RegistryFixture.GRID)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		this.page.context().grantPermissions(List.of("geolocation"));
		this.page.context().setGeolocation(new Geolocation(point[0], point[1]));
		loginAs(DemoUser.GRID_WORKER);
		String id = RegistryFixture.newIdNumber();
		String phone = RegistryFixture.newPhone();
		String address = "桔蔷路 " + id.substring(10, 14) + " 号 3-502";

		open("/registry");
		this.page.click("[data-testid=add-household]");
		this.page.fill("#address", address);
		this.page.selectOption("#occupancy", "RENTED");
		shot("registry-phone-house");
		this.page.click("[data-testid=house-submit]");
		assertThat(this.page.locator("[data-testid=household-address]")).hasText(address);

		// a mistyped ID number is shown next to its field, in Chinese
		this.page.fill("#name", "陈测试");
		this.page.fill("#idNumber", id.substring(0, 17) + ((id.charAt(17) == '1') ? '2' : '1'));
		this.page.fill("#phone", phone);
		this.page.click("[data-testid=member-submit]");
		assertThat(this.page.locator("#idNumber-error")).containsText("校验位");
		this.page.fill("#idNumber", id);
		this.page.click("[data-testid=member-submit]");
		assertThat(this.page.locator("[data-testid=member-added]")).isVisible();
		assertThat(this.page.locator("[data-testid=members]")).containsText(Masking.idNumber(id));
		assertThat(this.page.content()).doesNotContain(id).doesNotContain(phone);
		assertNoSidewaysScrolling();
		shot("registry-phone-household");

		this.page.click("[data-testid=members] a");
		assertThat(this.page.locator("[data-testid=person-name]")).hasText("陈测试");
		this.page.click("[data-testid=record-visit]");
		assertThat(this.page.locator("[data-location-status]")).hasText("已获取位置。");
		this.page.fill("[data-testid=findings]", "租户反映楼道照明损坏，老人夜间出行不便");
		this.page.check("[data-testid=follow-up]");
		assertNoSidewaysScrolling();
		shot("registry-phone-visit");
		this.page.click("[data-testid=visit-submit]");
		assertThat(this.page.locator("[data-testid=visit-recorded]")).isVisible();
		assertThat(this.page.locator("[data-testid=follow-up-case]")).containsText("HG");
		assertThat(this.page.locator("[data-testid=visits]")).containsText("楼道照明损坏");
		shot("registry-phone-person");
		long visits = this.jdbc
			.sql("select count(*) from registry_visit v join registry_person p on p.id = v.person_id"
					+ " where p.id_number_hash is not null and v.findings like '租户反映楼道照明损坏%' and v.case_id is not null"
					+ " and v.lat is not null and p.name = '陈测试' and v.org_code = ?")
			.param(RegistryFixture.GRID)
			.query(Long.class)
			.single();
		assertThat(visits).isPositive();
	}

	@Test
	void aCommunityWorkerFindsAPersonAndSeesTheFullNumberOnceWithAReason() {
		RegistryFixture fixture = new RegistryFixture(http().loginAs(DemoUser.COMMUNITY_WORKER));
		String id = RegistryFixture.newIdNumber();
		String name = "桌面" + id.substring(14);
		fixture.person(fixture.household(), name, id, RegistryFixture.newPhone());
		loginAs(DemoUser.COMMUNITY_WORKER);
		open("/registry");
		this.page.fill("[data-testid=search-q]", name);
		this.page.click("[data-testid=search-submit]");
		assertThat(this.page.locator("[data-testid=persons]")).containsText(Masking.idNumber(id));
		shot("registry-desktop-list");
		this.page.click("[data-testid=persons] a");
		assertThat(this.page.locator("[data-testid=id-number]")).hasText(Masking.idNumber(id));
		this.page.fill("#reason", "核对低保申请材料");
		this.page.click("[data-testid=full-view-submit]");
		assertThat(this.page.locator("[data-testid=id-number]")).hasText(id);
		assertThat(this.page.locator("[data-testid=history]")).containsText("查看完整信息");
		shot("registry-desktop-person");
		// reloading does not show it again
		this.page.navigate(this.page.url().replace("/full-view", ""));
		assertThat(this.page.locator("[data-testid=id-number]")).hasText(Masking.idNumber(id));
	}

	private void assertNoSidewaysScrolling() {
		Object fits = this.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
		assertThat(fits).isEqualTo(true);
	}

	private void shot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", name + ".png")));
	}

}
