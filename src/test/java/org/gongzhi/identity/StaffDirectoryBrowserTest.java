package org.gongzhi.identity;

import java.nio.file.Paths;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff directory in a real browser: a dispatcher finds the community's director,
 * sees the number masked, is asked for a reason next to the field, and then sees it in
 * full with the view in the audit log; the administrator's edit page offers to keep or
 * remove a number it shows only masked.
 */
class StaffDirectoryBrowserTest extends BrowserTest {

	@Autowired
	private AuditLog audit;

	@Test
	void aDispatcherOpensTheCommunityDirectorsNumberAfterGivingAReason() {
		loginAs(DemoUser.DISPATCHER);
		this.page.getByRole(AriaRole.NAVIGATION).getByText("通讯录").click();
		this.page.fill("#q", "社区主任");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按姓名或职务查找")).click();
		Locator row = this.page.locator("tr",
				new Page.LocatorOptions().setHasText(DemoUser.COMMUNITY_WORKER.displayName()));
		assertThat(row.getByTestId("masked")).hasText(masked(DemoUser.COMMUNITY_WORKER.phone()));

		row.getByTestId("reveal").click();
		row.getByLabel("查看原因").fill(" ");
		row.getByTestId("reveal-submit").click();
		Locator cell = this.page.locator("#phone-" + idOf("community"));
		assertThat(cell.getByTestId("error-reason")).containsText("请填写查看完整号码的原因");
		assertThat(cell.getByTestId("full-phone")).hasCount(0);

		cell.getByLabel("查看原因").fill("协调桔蔷社区井盖案件");
		cell.getByTestId("reveal-submit").click();
		assertThat(cell.getByTestId("full-phone")).hasText(DemoUser.COMMUNITY_WORKER.phone());
		assertThat(cell.getByTestId("full-phone")).hasAttribute("href", "tel:" + DemoUser.COMMUNITY_WORKER.phone());
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/staff-directory.png")));

		AuditEntry entry = this.audit.latest("PERSONAL_DATA_VIEWED", "dispatcher", 1).get(0);
		assertThat(entry.target()).isEqualTo("user:community");
		assertThat(entry.detail()).contains("协调桔蔷社区井盖案件");
	}

	@Test
	void theAdministratorsEditPageShowsTheNumberMaskedAndKeepsItWhenLeftEmpty() {
		loginAs(DemoUser.ADMIN);
		open("/identity/users/" + idOf("secretary") + "/edit");
		String masked = masked(DemoUser.PARTY_SECRETARY.phone());
		assertThat(this.page.locator("#phone")).hasAttribute("placeholder", "已登记 " + masked + "，留空则不变");
		assertThat(this.page.locator("#position")).hasValue("社区党委书记");
		assertThat(this.page.content()).doesNotContain(DemoUser.PARTY_SECRETARY.phone());
		this.page.getByTestId("user-save").click();
		assertThat(this.page.getByTestId("user-updated")).isVisible();
		assertThat(this.page.locator("tr[data-username=secretary] [data-testid=masked-phone]")).hasText(masked);
	}

	private long idOf(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private static String masked(String phone) {
		return phone.substring(0, 3) + "****" + phone.substring(7);
	}

}
