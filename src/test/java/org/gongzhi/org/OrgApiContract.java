package org.gongzhi.org;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The org API over the demo district 皇姑区 with its generated grids.
 */
abstract class OrgApiContract extends ApplicationTest {

	private static final String COMMUNITY = "210105001002";

	@Autowired
	private OrgGeography geography;

	@Test
	void aPointInsideAGridIsLocatedWithItsCommunityStreetAndDistrict() {
		Coordinate inside = labelPoint(COMMUNITY + "003");
		JsonNode location = signedIn().get("/api/org/locate?lat=" + inside.y + "&lng=" + inside.x).json();
		assertThat(location.path("grid").path("code").asString()).isEqualTo(COMMUNITY + "003");
		assertThat(location.path("community").path("name").asString()).isEqualTo("桔蔷社区");
		assertThat(location.path("street").path("name").asString()).isEqualTo("三台子街道");
		assertThat(location.path("district").path("code").asString()).isEqualTo("210105");
	}

	@Test
	void aPointOnTheBorderOfTwoGridsBelongsToTheSmallerCode() {
		Geometry first = outline(COMMUNITY + "001");
		Geometry second = outline(COMMUNITY + "002");
		Geometry border = first.intersection(second);
		assertThat(border.getLength()).as("grids 001 and 002 share a border").isPositive();
		Coordinate onBorder = border.getCoordinates()[0];
		JsonNode location = signedIn().get("/api/org/locate?lat=" + onBorder.y + "&lng=" + onBorder.x).json();
		assertThat(location.path("grid").path("code").asString()).isEqualTo(COMMUNITY + "001");
	}

	@Test
	void aPointOutsideEveryGridIsA404Problem() {
		TestHttp.Response response = signedIn().get("/api/org/locate?lat=39.9&lng=116.4");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("39.9").contains("116.4");
	}

	@Test
	void anImpossibleCoordinateIsA400Problem() {
		TestHttp.Response response = signedIn().get("/api/org/locate?lat=200&lng=116.4");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("lat");
	}

	@Test
	void gridsWithinAUnitComeAsGeoJsonWithHouseholdsAndWorkers() {
		JsonNode collection = signedIn().get("/api/org/grids?within=" + COMMUNITY).json();
		assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
		long grids = this.jdbc
			.sql("select count(*) from org_unit where parent_code = ? and level = 'GRID' and boundary is not null")
			.param(COMMUNITY)
			.query(Long.class)
			.single();
		assertThat(collection.path("features").size()).isEqualTo((int) grids).isGreaterThan(1);
		JsonNode first = collection.path("features").get(0);
		assertThat(first.path("geometry").path("type").asString()).isEqualTo("Polygon");
		assertThat(first.path("properties").path("code").asString()).startsWith(COMMUNITY);
		assertThat(first.path("properties").path("households").asInt()).isBetween(150, 300);
		assertThat(first.path("properties").has("worker")).isTrue();
	}

	@Test
	void theTreeCanBeWalkedFromTheDistrictToItsStreets() {
		TestHttp http = signedIn();
		assertThat(http.get("/api/org/units/210105").json().path("path").asString()).isEqualTo("/21/2101/210105/");
		JsonNode streets = http.get("/api/org/units/210105/children").json();
		assertThat(streets.size()).isEqualTo(10);
		assertThat(streets.get(0).path("level").asString()).isEqualTo("STREET");
		assertThat(http.get("/api/org/units/210105/features").json().path("features").size()).isEqualTo(10);
		// a community's children are grids, which name their workers
		JsonNode grids = http.get("/api/org/units/" + COMMUNITY + "/features").json().path("features");
		assertThat(grids.findValues("worker").stream().filter((worker) -> !worker.isNull()).count()).isPositive();
	}

	@Test
	void staffingAddsUpTheGridsWorkersAndHouseholdsOfAStreet() {
		JsonNode staffing = signedIn().get("/api/org/units/210105001/staffing").json();
		long grids = this.jdbc.sql("select count(*) from org_unit where level = 'GRID' and code like '210105001%'")
			.query(Long.class)
			.single();
		long households = this.jdbc
			.sql("select sum(households) from org_unit where level = 'GRID' and code like '210105001%'")
			.query(Long.class)
			.single();
		long unstaffed = this.jdbc.sql("select count(*) from org_unit u where level = 'GRID' and code like '210105001%'"
				+ " and not exists (select 1 from grid_staff s where s.grid_code = u.code and s.duty = 'GRID_WORKER')")
			.query(Long.class)
			.single();
		assertThat(staffing.path("grids").asLong()).isEqualTo(grids);
		assertThat(staffing.path("households").asLong()).isEqualTo(households);
		assertThat(staffing.path("gridsWithoutWorker").asLong()).isEqualTo(unstaffed);
		int workers = staffing.path("gridWorkers").asInt();
		assertThat(staffing.path("householdsPerWorker").asLong()).isEqualTo(Math.round((double) households / workers));
		assertThat(staffing.path("children").size()).isEqualTo(13);
		int childGrids = 0;
		for (JsonNode child : staffing.path("children")) {
			childGrids += child.path("grids").asInt();
		}
		assertThat(childGrids).isEqualTo((int) grids);
	}

	@Test
	void aWorkerWithMoreThan300HouseholdsAndAGridWithoutWorkerAreFlagged() {
		JsonNode district = signedIn().get("/api/org/units/210105/staffing").json();
		assertThat(district.path("overloadedWorkers").size()).isPositive();
		assertThat(district.path("gridsWithoutWorker").asInt()).isPositive();
	}

	@Test
	void aNewGridIsFoundWithoutARestart() {
		String outside = "{\"type\":\"Polygon\",\"coordinates\":[[[123.50,41.95],[123.51,41.95],[123.51,41.96],"
				+ "[123.50,41.96],[123.50,41.95]]]}";
		TestHttp http = signedIn();
		assertThat(http.get("/api/org/locate?lat=41.955&lng=123.505").status()).isEqualTo(404);
		String code = this.geography.addGrid("210105024202", "测试新网格", 200, outside);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					http.get("/api/org/locate?lat=41.955&lng=123.505").json().path("grid").path("code").asString())
				.isEqualTo(code));
	}

	@Test
	void exportedGridsImportBackAsUpdatesAndABadFeatureRejectsTheWholeFile() {
		String community = "210105023003";
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		String exported = admin.get("/api/org/grids?within=" + community).body();
		int grids = admin.get("/api/org/grids?within=" + community).json().path("features").size();
		JsonNode result = admin.postJson("/api/org/grids?within=" + community, exported).json();
		assertThat(result.path("updated").asInt()).isEqualTo(grids);
		assertThat(result.path("added").asInt()).isZero();

		String renamed = exported.replaceFirst("\"name\":\"[^\"]+\"", "\"name\":\"改名网格\"")
			.replaceFirst("(\"code\":\"" + community + "002\")", "\"code\":\"123\"");
		TestHttp.Response rejected = admin.postJson("/api/org/grids?within=" + community, renamed);
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("features[1]");
		assertThat(rejected.json().path("errors").get(0).path("message").asString()).contains("123");
		assertThat(this.jdbc.sql("select count(*) from org_unit where name = '改名网格'").query(Long.class).single())
			.as("nothing of a refused file is imported")
			.isZero();
	}

	@Test
	void onlyAnAdministratorImportsGrids() {
		TestHttp.Response response = signedIn().postJson("/api/org/grids?within=210105023003",
				"{\"type\":\"FeatureCollection\",\"features\":[]}");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aGridWorkerSeesTheirCommunityButNotTheDistrict() {
		TestHttp gridWorker = http().loginAs(DemoUser.GRID_WORKER);
		assertThat(gridWorker.get("/api/org/units/" + COMMUNITY + "/staffing").status()).isEqualTo(200);
		assertThat(gridWorker.get("/api/org/grids?within=" + COMMUNITY).status()).isEqualTo(200);
		for (String path : new String[] { "/api/org/units/210105/staffing", "/api/org/units/210105/features",
				"/api/org/grids?within=210105001", "/api/org/units/210105001003/staffing" }) {
			TestHttp.Response outside = gridWorker.get(path);
			assertThat(outside.status()).as(path).isEqualTo(404);
			assertThat(outside.contentType()).startsWith("application/problem+json");
		}
	}

	private TestHttp signedIn() {
		return http().loginAs(DemoUser.DISPATCHER);
	}

	private Geometry outline(String code) {
		return Geometries.fromGeoJson(
				this.jdbc.sql("select boundary from org_unit where code = ?").param(code).query(String.class).single());
	}

	private Coordinate labelPoint(String code) {
		return this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(code)
			.query((rs, row) -> new Coordinate(rs.getDouble(2), rs.getDouble(1)))
			.single();
	}

}
