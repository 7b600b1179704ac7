package org.gongzhi.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account journeys in a real browser: forced password change, lockout,
 * administration, audit.
 */
class IdentityBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts accounts;

	@Test
	void aNewUserIsLedToChangeTheInitialPasswordAndSeesWhatIsWrongNextToTheField() {
		String username = "newbie" + System.nanoTime() % 1000000;
		this.accounts.createIfAbsent(new NewUser(username, "Chushi#2026x", "新同事", "210105001002", null,
				Set.of(Role.COMMUNITY_WORKER), true));
		loginAs(username, "Chushi#2026x");
		assertThat(this.page).hasURL(url("/account/password"));
		assertThat(this.page.getByTestId("password-required")).isVisible();
		this.page.fill("#currentPassword", "Chushi#2026x");
		this.page.fill("#newPassword", "xinmima2026");
		this.page.fill("#confirmPassword", "xinmima2026");
		this.page.getByTestId("password-submit").click();
		assertThat(this.page.getByTestId("error-newPassword")).containsText("至少三类");
		this.page.fill("#currentPassword", "Chushi#2026x");
		this.page.fill("#newPassword", "Xinmima#2026");
		this.page.fill("#confirmPassword", "Xinmima#2027");
		this.page.getByTestId("password-submit").click();
		assertThat(this.page.getByTestId("error-confirmPassword")).hasText("两次输入的新密码不一致。");
		this.page.fill("#currentPassword", "Chushi#2026x");
		this.page.fill("#newPassword", "Xinmima#2026");
		this.page.fill("#confirmPassword", "Xinmima#2026");
		this.page.getByTestId("password-submit").click();
		assertThat(this.page.getByTestId("password-changed")).containsText("密码已修改");
		open("/");
		assertThat(this.page.getByTestId("user-name")).hasText("新同事");
	}

	@Test
	void aLockedAccountIsToldSoOnTheLoginForm() {
		String username = "locked" + System.nanoTime() % 1000000;
		this.accounts.createIfAbsent(
				new NewUser(username, "Suoding#2026", "被锁定", "210105001002", null, Set.of(Role.RESIDENT), false));
		for (int i = 0; i < 5; i++) {
			open("/login");
			this.page.fill("#username", username);
			this.page.fill("#password", "Wrong#2026xx");
			this.page.click("[data-testid=login-submit]");
		}
		open("/login");
		this.page.fill("#username", username);
		this.page.fill("#password", "Suoding#2026");
		this.page.click("[data-testid=login-submit]");
		assertThat(this.page.getByTestId("login-error")).containsText("已被临时锁定");
	}

	@Test
	void anAdministratorCreatesAUserThroughTheFormAndFindsItInTheList() {
		loginAs(DemoUser.STREET_ADMIN);
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION).getByText("用户管理").click();
		assertThat(this.page.getByTestId("users")).containsText("community");
		assertThat(this.page.getByTestId("users")).not().containsText("dispatcher");
		this.page.getByTestId("new-user").click();
		String username = "form" + System.nanoTime() % 1000000;
		this.page.fill("#username", username);
		this.page.fill("#displayName", "表单用户");
		this.page.selectOption("#orgCode", "210105001002");
		this.page.getByLabel("居民").check();
		this.page.fill("#initialPassword", "short");
		this.page.getByTestId("user-submit").click();
		assertThat(this.page.getByTestId("error-initialPassword")).containsText("至少需要 8 位");
		assertThat(this.page.locator("#username")).hasValue(username);
		this.page.fill("#initialPassword", "Biaodan#2026");
		this.page.getByTestId("user-submit").click();
		assertThat(this.page.getByTestId("user-created")).containsText(username);
		assertThat(this.page.locator("tr[data-username=" + username + "]")).containsText("桔蔷社区");
		assertThat(this.page.locator("tr[data-username=" + username + "]")).containsText("待改密码");
	}

	@Test
	void theSecurityAdministratorResetsAPasswordThroughTheForm() {
		String username = "forgot" + System.nanoTime() % 1000000;
		this.accounts.createIfAbsent(
				new NewUser(username, "Wangji#2026x", "忘记密码", "210105001002", null, Set.of(Role.RESIDENT), false));
		loginAs(DemoUser.SECURITY_ADMIN);
		open("/identity/users?q=" + username);
		this.page.locator("tr[data-username=" + username + "] [data-testid=reset]").click();
		this.page.fill("#temporaryPassword", "Wangji#2026x");
		this.page.getByTestId("reset-submit").click();
		assertThat(this.page.getByTestId("error-temporaryPassword")).containsText("不能与当前密码");
		this.page.fill("#temporaryPassword", "Linshi#2026q");
		this.page.getByTestId("reset-submit").click();
		assertThat(this.page.getByTestId("user-reset")).containsText(username);
		assertThat(this.page.locator("tr[data-username=" + username + "]")).containsText("待改密码");
		forgetSession();
		loginAs(username, "Linshi#2026q");
		assertThat(this.page).hasURL(url("/account/password"));
	}

	@Test
	void aUserSetsUpAnAuthenticatorAppAndThenSignsInWithItsCode() {
		String username = "totp" + System.nanoTime() % 1000000;
		this.accounts.createIfAbsent(
				new NewUser(username, "Dongtai#2026", "动态码用户", "210105001002", null, Set.of(Role.DISPATCHER), false));
		loginAs(username, "Dongtai#2026");
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION).getByText("双因素认证").click();
		String secret = this.page.getByTestId("totp-secret").textContent().strip();
		assertThat(this.page.getByTestId("totp-uri")).hasAttribute("href", java.util.regex.Pattern
			.compile("^otpauth://totp/Gongzhi%3A" + username + "\\?secret=" + secret + "&.*"));
		this.page.fill("#code", "000000");
		this.page.getByTestId("enroll-submit").click();
		assertThat(this.page.getByTestId("error-code")).containsText("验证码不正确");
		secret = this.page.getByTestId("totp-secret").textContent().strip();
		this.page.fill("#code", code(secret));
		this.page.getByTestId("enroll-submit").click();
		assertThat(this.page.getByTestId("second-factor-enrolled")).isVisible();

		forgetSession();
		loginAs(username, "Dongtai#2026");
		assertThat(this.page).hasURL(url("/login/second-factor"));
		this.clock.advance(java.time.Duration.ofSeconds(30));
		this.page.fill("#code", code(secret));
		this.page.getByTestId("second-factor-submit").click();
		assertThat(this.page.getByTestId("user-name")).hasText("动态码用户");
	}

	private String code(String secret) {
		return Totp.code(Totp.fromBase32(secret), Totp.step(this.clock.instant()));
	}

	@Test
	void theSecurityAdministratorIssuesATokenSeenOnceAndRevokesIt() {
		loginAs(DemoUser.SECURITY_ADMIN);
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION).getByText("访问令牌").click();
		this.page.fill("#username", "admin");
		this.page.fill("#name", "越权令牌");
		this.page.getByTestId("token-submit").click();
		assertThat(this.page.getByTestId("error-username")).containsText("不能为系统管理员");
		String name = "大屏" + System.nanoTime() % 100000;
		this.page.fill("#username", "leader");
		this.page.fill("#name", name);
		this.page.getByTestId("token-submit").click();
		String token = this.page.getByTestId("token-value").textContent().strip();
		assertThat(token).startsWith("gz_");
		assertThat(this.page.locator("tr[data-token=" + name + "]")).containsText("leader");
		assertThat(this.page.locator("tr[data-token=" + name + "]")).not().containsText(token);
		this.page.locator("tr[data-token=" + name + "] [data-testid=revoke]").click();
		assertThat(this.page.locator("tr[data-token=" + name + "]")).containsText("已吊销");
		assertThat(this.page.getByTestId("token-value")).hasCount(0);
	}

	@Test
	void theAuditorSeesTheLogAndThatItsChainIsIntact() {
		loginAs(DemoUser.AUDITOR);
		open("/identity/audit");
		this.page.getByTestId("verify-chain").click();
		assertThat(this.page.getByTestId("chain-status")).containsText("日志链完整");
		assertThat(this.page.locator("tr[data-action=LOGIN]").first()).containsText("auditor");
		assertThat(this.page.getByTestId("audit")).isVisible();
	}

	@Test
	void theUsersPageFitsAPhone() {
		onPhone();
		loginAs(DemoUser.ADMIN);
		open("/identity/users");
		assertThat(this.page.getByTestId("users")).isVisible();
		int width = (int) this.page.evaluate("document.documentElement.scrollWidth");
		assertThat(width).isLessThanOrEqualTo(360);
	}

}
