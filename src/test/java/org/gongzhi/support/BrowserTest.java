package org.gongzhi.support;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.gongzhi.demo.DemoUser;

/**
 * Drives Debian's Chromium through Playwright against the running application. Never
 * downloads a browser. A failing test leaves a screenshot in {@code target/screenshots/}.
 */
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest extends ApplicationTest {

	static final String CHROMIUM = System.getenv().getOrDefault("GONGZHI_CHROMIUM", "/usr/bin/chromium");

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(FLAGS));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	/** Switches the page to a phone-sized viewport (360 px wide). */
	protected void onPhone() {
		this.page.setViewportSize(360, 740);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected Page open(String path) {
		this.page.navigate(url(path));
		return this.page;
	}

	/**
	 * Forgets the signed-in session, as a new browser would. The page is left first, so
	 * that no request of it still in flight (the bell's poll) brings a session cookie
	 * back between the login page and its form.
	 */
	protected void forgetSession() {
		this.page.navigate("about:blank");
		this.page.context().clearCookies();
	}

	/** Signs in through the login form as the demo user of {@code user}. */
	protected void loginAs(DemoUser user) {
		loginAs(user.username(), DemoUser.password());
	}

	/** Signs in through the login form with any account, e.g. one the test created. */
	protected void loginAs(String username, String password) {
		open("/login");
		this.page.fill("#username", username);
		this.page.fill("#password", password);
		this.page.click("[data-testid=login-submit]");
		// the login page itself, with or without a message; a further sign-in step is
		// fine
		this.page.waitForURL((target) -> !target.matches(".*/login(\\?.*)?$"));
	}

	Page page() {
		return this.page;
	}

}
