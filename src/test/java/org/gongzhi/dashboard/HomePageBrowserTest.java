package org.gongzhi.dashboard;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class HomePageBrowserTest extends BrowserTest {

	@Test
	void theHomePageSpeaksChineseFirstAndRemembersEnglish() {
		open("/");
		assertThat(this.page.locator("h1")).hasText("欢迎使用共治");
		this.page.click("[data-testid=lang-en]");
		assertThat(this.page.locator("h1")).hasText("Welcome to Gongzhi");
		open("/");
		assertThat(this.page.locator("h1")).hasText("Welcome to Gongzhi");
		this.page.click("[data-testid=lang-zh]");
		assertThat(this.page.locator("h1")).hasText("欢迎使用共治");
	}

	@Test
	void aDispatcherSeesTheirNameRoleAndScopeAndCanSignOut() {
		loginAs(DemoUser.DISPATCHER);
		assertThat(this.page.getByTestId("user-name")).hasText("区指挥中心派遣员");
		assertThat(this.page.getByTestId("user-roles")).containsText("指挥中心派遣员");
		assertThat(this.page.getByTestId("scope")).hasText("皇姑区");
		this.page.getByTestId("logout").click();
		assertThat(this.page.locator(".notice")).hasText("您已安全退出。");
	}

	@Test
	void aWrongPasswordShowsAnErrorOnTheForm() {
		open("/login");
		this.page.fill("#username", "admin");
		this.page.fill("#password", "wrong-password");
		this.page.click("[data-testid=login-submit]");
		assertThat(this.page.getByTestId("login-error")).hasText("用户名或密码不正确。");
	}

	@Test
	void theLayoutFitsA360PixelPhone() {
		onPhone();
		loginAs(DemoUser.GRID_WORKER);
		assertThat(this.page.getByTestId("user-name")).isVisible();
		int width = (int) this.page.evaluate("document.documentElement.scrollWidth");
		assertThat(width).isLessThanOrEqualTo(360);
	}

}
