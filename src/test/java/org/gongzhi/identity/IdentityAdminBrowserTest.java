package org.gongzhi.identity;

import java.util.Set;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrators' later journeys in a real browser: the security administrator's
 * policy page, and a system administrator editing an account.
 */
class IdentityAdminBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private SecurityPolicies policies;

	@Autowired
	private GongzhiUserDetailsService users;

	@AfterEach
	void restoreDefaultPolicy() {
		this.policies.restoreDefaults(this.users.loadUserByUsername("secadmin"), null);
	}

	@Test
	void theSecurityAdministratorChangesThePolicyAndSeesARefusedValueNextToItsField() {
		loginAs(DemoUser.SECURITY_ADMIN);
		this.page.getByRole(AriaRole.NAVIGATION).getByText("安全策略").click();
		assertThat(this.page.locator("#maxFailedLogins")).hasValue("5");
		this.page.fill("#maxFailedLogins", "12");
		this.page.fill("#lockMinutes", "5");
		this.page.getByTestId("policy-submit").click();
		assertThat(this.page.getByTestId("error-maxFailedLogins")).hasText("须在 3 到 10 之间。");
		assertThat(this.page.getByTestId("error-lockMinutes")).hasText("须在 10 到 1440 之间。");
		assertThat(this.page.locator("#maxFailedLogins")).hasValue("12");
		this.page.fill("#maxFailedLogins", "4");
		this.page.fill("#lockMinutes", "30");
		this.page.getByTestId("policy-submit").click();
		assertThat(this.page.getByTestId("policy-saved")).containsText("已保存并生效");
		assertThat(this.page.locator("#maxFailedLogins")).hasValue("4");
		assertThat(this.page.locator("#lockMinutes")).hasValue("30");
		this.page.getByTestId("policy-defaults").click();
		assertThat(this.page.getByTestId("policy-restored")).isVisible();
		assertThat(this.page.locator("#maxFailedLogins")).hasValue("5");
	}

	@Test
	void anAdministratorEditsAnAccountThroughTheFormAndDisablesIt() {
		String username = "edited" + System.nanoTime() % 1000000;
		this.accounts.createIfAbsent(
				new NewUser(username, "Bianji#2026x", "原来的名字", "210105001002", null, Set.of(Role.RESIDENT), false));
		loginAs(DemoUser.ADMIN);
		open("/identity/users?q=" + username);
		this.page.locator("tr[data-username=" + username + "] [data-testid=edit]").click();
		assertThat(this.page.locator("#displayName")).hasValue("原来的名字");
		this.page.fill("#displayName", "新的名字");
		this.page.getByLabel("居民").uncheck();
		this.page.getByLabel("职能部门处置人员").check();
		this.page.getByTestId("user-save").click();
		assertThat(this.page.getByTestId("error-departmentCode")).containsText("必须选择");
		this.page.selectOption("#departmentCode", "210105-CG");
		this.page.getByTestId("user-save").click();
		assertThat(this.page.getByTestId("user-updated")).containsText(username);
		assertThat(this.page.locator("tr[data-username=" + username + "]")).containsText("新的名字");
		assertThat(this.page.locator("tr[data-username=" + username + "]")).containsText("职能部门处置人员");

		this.page.locator("tr[data-username=" + username + "] [data-testid=edit]").click();
		this.page.getByLabel("允许登录（启用）").uncheck();
		this.page.getByTestId("user-save").click();
		assertThat(this.page.locator("tr[data-username=" + username + "]")).containsText("已停用");
	}

}
