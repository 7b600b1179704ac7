package org.gongzhi.cases;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.support.BrowserTest;
import org.gongzhi.support.RecordingSmsSender;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the phone page journeys share: a 360-px phone, residents signing in by phone and
 * code, API clients for the staff who move a case on, points in the demo grids, photos
 * and screenshots.
 */
abstract class PhoneBrowserTest extends BrowserTest {

	/** A grid of 桔蔷社区, whose grid worker is {@code grid3}. */
	static final String GRID = CaseTestSupport.GRID;

	static final String GRID_WORKER = "grid3";

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private RecordingSmsSender sms;

	CaseClient as(String username) {
		String token = "test-token-" + username;
		this.tokens.createIfAbsent(username, "test " + username, token);
		return new CaseClient("http://localhost:" + this.port, token);
	}

	/** Signs in as a new resident by phone and code, on a phone. */
	String signInAsNewResident() {
		String phone = "139" + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		signInByPhone(phone);
		return phone;
	}

	/**
	 * Signs in by phone and code on a phone; the account is made at the first sign-in.
	 */
	void signInByPhone(String phone) {
		onPhone();
		open("/login/phone");
		this.page.fill("#phone", phone);
		this.page.getByTestId("phone-form").locator("button[type=submit]").click();
		this.page.getByTestId("code-form").waitFor();
		Matcher code = Pattern.compile("([0-9]{6})").matcher(this.sms.lastTo(phone));
		assertThat(code.find()).isTrue();
		this.page.fill("#code", code.group(1));
		this.page.getByTestId("code-form").locator("button[type=submit]").click();
		this.page.waitForURL((target) -> !target.contains("/login"));
	}

	/** Signs in with a password on a phone that tells the pages where it is. */
	void signInOnPhoneAt(String username, double[] point) {
		onPhone();
		this.page.context().grantPermissions(List.of("geolocation"));
		this.page.context().setGeolocation(new Geolocation(point[0], point[1]).setAccuracy(10));
		loginAs(username, org.gongzhi.demo.DemoUser.password());
	}

	/** Lets the page tell where the phone is. */
	void phoneAt(double[] point) {
		this.page.context().grantPermissions(List.of("geolocation"));
		this.page.context().setGeolocation(new Geolocation(point[0], point[1]).setAccuracy(10));
	}

	/** A point inside a grid (its label point). */
	double[] pointIn(String gridCode) {
		return this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(gridCode)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
	}

	/** Reports a case through the API and returns its id. */
	long reported(CaseClient reporter, String category, double[] point, String description, boolean shown) {
		TestHttp.Response response = reporter.post("/api/cases",
				String.format(Locale.ROOT,
						"{\"categoryCode\":\"%s\",\"lat\":%.7f,\"lng\":%.7f,\"description\":\"%s\",\"publicShown\":%s}",
						category, point[0], point[1], description, shown));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	String numberOf(long id) {
		return this.jdbc.sql("select number from cases where id = ?").param(id).query(String.class).single();
	}

	void act(String username, long id, String action, String json) {
		TestHttp.Response response = as(username).post("/api/cases/" + id + "/" + action, json);
		assertThat(response.status()).as(action + ": " + response.body()).isBetween(200, 299);
	}

	/** A photo file as a phone camera would leave it, larger than the pages send. */
	static Path photo(String name, Color colour) {
		try {
			BufferedImage image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(colour);
			graphics.fillRect(0, 0, 2400, 1800);
			graphics.setColor(Color.DARK_GRAY);
			graphics.fillOval(700, 400, 1000, 1000);
			graphics.dispose();
			Path file = Files.createTempDirectory("phone-photo").resolve(name);
			ImageIO.write(image, "jpg", file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A full-page screenshot in {@code target/screenshots/}, to look at. */
	void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	static String unique(String text) {
		return text + " " + Long.toString(System.nanoTime(), 36);
	}

}
