package org.gongzhi.shared;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every deployment must answer, on H2 and on PostgreSQL: health, API docs,
 * problem+json errors in the caller's language, and friendly error pages without stack
 * traces.
 */
abstract class WebFoundationContract extends ApplicationTest {

	@Test
	void healthIsUpIncludingTheDatabase() {
		TestHttp.Response health = http().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void infoAndPrometheusMetricsAreServed() {
		assertThat(http().get("/actuator/info").json().path("app").path("name").asString()).contains("Gongzhi");
		TestHttp.Response metrics = http().get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void requestsAreMeasuredButNotEachSecurityFilter() {
		http().get("/actuator/health");
		String metrics = http().get("/actuator/prometheus").body();
		assertThat(metrics).contains("http_server_requests_seconds_count");
		assertThat(metrics).doesNotContain("spring_security_filterchains")
			.doesNotContain("spring_security_authorizations");
	}

	@Test
	void eventPublicationsAreWrittenWithTheApplicationsMapperAndReadBack(@Autowired EventSerializer serializer) {
		assertThat(serializer.getClass().getName()).startsWith("org.gongzhi.shared.");
		Stored event = new Stored(42L, "SJ0101", Instant.parse("2026-11-24T01:02:03.456789Z"));
		Object written = serializer.serialize(event);
		assertThat(written.toString()).contains("\"caseId\":42").contains("2026-11-24T01:02:03.456789Z");
		assertThat(serializer.deserialize(written, Stored.class)).isEqualTo(event);
	}

	@Test
	void apiDocsAreOpenApiJsonListingTheApi() {
		TestHttp.Response docs = http().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		JsonNode json = docs.json();
		assertThat(json.path("openapi").asString()).startsWith("3.");
		assertThat(json.path("paths").has("/api/org/units/{code}")).isTrue();
		assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void anUnknownApiPathAnswersAProblemInChineseByDefault() {
		TestHttp.Response response = http().get("/api/nonexistent-api-path");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("type").asString()).endsWith("/not-found");
		assertThat(problem.path("title").asString()).isEqualTo("未找到");
		assertThat(problem.path("detail").asString()).isEqualTo("找不到请求的资源。");
	}

	@Test
	void anApiProblemFollowsAcceptLanguage() {
		JsonNode problem = http().get("/api/nonexistent-api-path", "Accept-Language", "en-US,en;q=0.9").json();
		assertThat(problem.path("title").asString()).isEqualTo("Not found");
		assertThat(problem.path("detail").asString()).isEqualTo("The requested resource does not exist.");
	}

	@Test
	void aProtectedApiWithoutSignInAnswers401Problem() {
		TestHttp.Response response = http().get("/api/org/units/210105");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("登录");
	}

	@Test
	void aProblemFromTheSecurityFiltersFollowsTheLanguageCookie() {
		TestHttp.Response response = http().get("/api/org/units/210105", "Cookie", "gongzhi-lang=en");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("detail").asString())
			.isEqualTo("Please sign in or provide a valid access token.");
	}

	@Test
	void aSignedInUserReadsAnOrgUnitAndGetsANamedProblemForAnUnknownOne() {
		TestHttp http = http().loginAs(DemoUser.DISPATCHER);
		JsonNode unit = http.get("/api/org/units/210105").json();
		assertThat(unit.path("name").asString()).isEqualTo("皇姑区");
		assertThat(unit.path("level").asString()).isEqualTo("DISTRICT");
		TestHttp.Response missing = http.get("/api/org/units/999999");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().path("detail").asString()).contains("999999");
	}

	@Test
	void staticFilesAndWebJarsAreServedAndPagesLinkWebJarsByVersion() {
		TestHttp http = http();
		for (String path : new String[] { "/css/gongzhi.css", "/js/gongzhi.js", "/img/grid-app.svg",
				"/webjars/leaflet/dist/leaflet.js" }) {
			assertThat(http.get(path).status()).as(path).isEqualTo(200);
		}
		String page = http.get("/login").body();
		assertThat(page).containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
			.contains("href=\"/css/gongzhi.css\"");
		assertThat(http.get("/css/no-such.css").status()).isEqualTo(404);
	}

	@Test
	void versionedWebJarsAreKeptAYearAndOurOwnFilesAreAskedForAgain() throws Exception {
		TestHttp http = http();
		String page = http.get("/login").body();
		Matcher htmx = Pattern.compile("src=\"(/webjars/htmx.org/[0-9.]+/dist/htmx.min.js)\"").matcher(page);
		assertThat(htmx.find()).isTrue();
		String versioned = http.get(htmx.group(1)).header("Cache-Control");
		assertThat(versioned).contains("max-age=31536000").contains("immutable").doesNotContain("no-store");
		// a path without the version may point to another release after an upgrade
		assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").header("Cache-Control")).contains("no-cache")
			.doesNotContain("max-age=31536000");
		TestHttp.Response own = http.get("/js/gongzhi.js");
		assertThat(own.header("Cache-Control")).contains("no-cache").doesNotContain("no-store");
		assertThat(own.header("Last-Modified")).isNotBlank();
		assertThat(http.get("/js/gongzhi.js", "If-Modified-Since", own.header("Last-Modified")).status())
			.isEqualTo(304);
		// and they travel compressed to a browser that accepts it
		HttpResponse<byte[]> zipped = http.getBytes(htmx.group(1), "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			byte[] script = unzipped.readAllBytes();
			assertThat(zipped.body().length).isLessThan(script.length / 2);
			assertThat(new String(script, StandardCharsets.UTF_8)).contains("htmx");
		}
	}

	@Test
	void anUnknownPageShowsAFriendlyErrorPageInTheChosenLanguage() {
		TestHttp http = http().loginAs(DemoUser.COMMUNITY_WORKER);
		TestHttp.Response chinese = http.get("/no-such-page");
		assertThat(chinese.status()).isEqualTo(404);
		assertThat(chinese.contentType()).startsWith("text/html");
		assertThat(chinese.body()).contains("找不到这个页面").doesNotContain("Exception").doesNotContain("at org.");
		TestHttp.Response english = http.get("/no-such-page?lang=en");
		assertThat(english.body()).contains("This page does not exist");
		assertThat(http.get("/no-such-page").body()).as("the language choice is remembered in a cookie")
			.contains("This page does not exist");
	}

	@Test
	void theHomePageIsChineseByDefaultAndEnglishOnRequest() {
		assertThat(http().get("/").body()).contains("欢迎使用共治").contains("lang=\"zh-CN\"");
		assertThat(http().get("/?lang=en").body()).contains("Welcome to Gongzhi").contains("lang=\"en\"");
	}

	@Test
	void afterSigningInTheUserSeesWhenAndWhereTheySignedInBefore() {
		http().loginAs(DemoUser.PARTY_SECRETARY);
		String home = http().loginAs(DemoUser.PARTY_SECRETARY).get("/").body();
		assertThat(home).contains("上次登录：").contains("127.0.0.1");
	}

	@Test
	void aSignedInSessionIsKeptInTheDatabaseSoAnyNodeCanServeIt() {
		TestHttp http = http().loginAs(DemoUser.LEADER);
		assertThat(http.get("/api/org/units/210105").status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(DemoUser.LEADER.username())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aWrongPasswordIsRejected() {
		TestHttp.Response response = http().login(DemoUser.ADMIN.username(), "not-the-password");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login?error");
	}

	record Stored(long caseId, String category, Instant at) {
	}

}
