package org.gongzhi.bench;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Times the leader's dashboard as a browser sees it: from navigation until the figures,
 * both charts and the map's cases are drawn. The first load after the application
 * started is the cold one (templates, queries and JIT all cold); then five warm loads.
 * The sign-in page, loaded in the same browser before and after, is the baseline. Prints
 * one line {@code RESULT cold_ms warm_median_ms login_median_ms}.
 * <p>
 * Usage: {@code DashboardPageLoad http://localhost:18980 [org]}; Chromium at
 * {@code /usr/bin/chromium} (or {@code CHROMIUM}).
 */
public final class DashboardPageLoad {

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private DashboardPageLoad() {
	}

	public static void main(String[] args) {
		String base = args[0];
		String org = (args.length > 1) ? args[1] : "210105";
		String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium))
					.setHeadless(true)
					.setArgs(FLAGS));
			Page page = browser.newContext().newPage();
			List<Double> login = new ArrayList<>();
			login.add(timed(() -> page.navigate(base + "/login")));
			page.fill("#username", "leader");
			page.fill("#password", "Gongzhi@2026");
			page.click("[data-testid=login-submit]");
			page.waitForURL((target) -> !target.matches(".*/login(\\?.*)?$"));
			String dashboard = base + "/dashboard?org=" + org;
			double cold = timed(() -> loadDashboard(page, dashboard));
			List<Double> warm = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				warm.add(timed(() -> loadDashboard(page, dashboard)));
			}
			Page anonymous = browser.newContext().newPage();
			for (int i = 0; i < 5; i++) {
				login.add(timed(() -> anonymous.navigate(base + "/login")));
			}
			System.out.printf(Locale.ROOT, "RESULT %.0f %.0f %.0f%n", cold, median(warm), median(login.subList(1, 6)));
		}
	}

	/** Navigates and waits until what a leader looks at is on the screen. */
	private static void loadDashboard(Page page, String url) {
		page.navigate(url);
		page.waitForSelector("[data-testid=dashboard-map][data-loaded=true]");
		page.waitForSelector("[data-testid=chart-volume] canvas");
		page.waitForSelector("[data-testid=chart-places] canvas");
		page.waitForSelector("[data-testid=dashboard-map] .case-point, [data-testid=dashboard-map] .case-cluster");
	}

	private static double timed(Runnable action) {
		long start = System.nanoTime();
		action.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

}
