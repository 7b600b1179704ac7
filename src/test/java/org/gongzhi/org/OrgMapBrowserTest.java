package org.gongzhi.org;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class OrgMapBrowserTest extends BrowserTest {

	@Test
	void aDispatcherDrillsFromTheDistrictDownToOneGrid() {
		loginAs(DemoUser.DISPATCHER);
		open("/org/map");
		assertThat(this.page.getByTestId("unit-name")).hasText("皇姑区");
		assertThat(this.page.locator("path.leaflet-interactive")).hasCount(10);
		snapshot("district");

		drillInto("三台子街道");
		assertThat(this.page.getByTestId("breadcrumb")).containsText("皇姑区 › 三台子街道");
		assertThat(this.page.locator("path.leaflet-interactive")).hasCount(13);

		drillInto("桔蔷社区");
		assertThat(this.page.getByTestId("breadcrumb")).containsText("三台子街道 › 桔蔷社区");
		snapshot("community");

		drillInto("桔蔷社区第1网格");
		assertThat(this.page.getByTestId("unit-figures")).containsText("210105001002001");
		assertThat(this.page.getByTestId("unit-figures")).containsText("网格员");
		assertThat(this.page.locator("path.leaflet-interactive")).hasCount(1);
		snapshot("grid");

		this.page.getByTestId("breadcrumb").getByText("皇姑区").click();
		assertThat(this.page.getByTestId("unit-name")).hasText("皇姑区");
	}

	@Test
	void clickingAStreetOnTheMapDrillsIntoIt() {
		loginAs(DemoUser.LEADER);
		open("/org/map?code=210105");
		Locator shapes = this.page.locator("path.leaflet-interactive");
		assertThat(shapes).hasCount(10);
		shapes.first().click(new Locator.ClickOptions().setForce(true));
		assertThat(this.page.getByTestId("breadcrumb")).containsText("皇姑区 › ");
		assertThat(this.page.getByTestId("unit-figures")).containsText("街道");
	}

	@Test
	void theMapWorksOnAPhoneInEnglish() {
		onPhone();
		loginAs(DemoUser.GRID_WORKER);
		open("/org/map?lang=en");
		assertThat(this.page.getByTestId("unit-name")).hasText("桔蔷社区");
		assertThat(this.page.getByTestId("unit-figures")).containsText("Households per grid worker");
		snapshot("phone");
		int width = (int) this.page.evaluate("document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(width).isLessThanOrEqualTo(360);
	}

	private void drillInto(String name) {
		this.page.getByTestId("unit-children").getByText(name, new Locator.GetByTextOptions().setExact(true)).click();
		assertThat(this.page.getByTestId("unit-name")).hasText(name);
	}

	private void snapshot(String name) {
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "org-map-" + name + ".png")));
	}

}
