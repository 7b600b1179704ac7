package org.gongzhi.registry;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Special groups and home visits: the visit duty, overdue visits, a visit with GPS and a
 * photo, and its finding turned into a case with one call.
 */
abstract class VisitsContract extends ApplicationTest {

	@Test
	void anOverdueVisitIsListedUntilRecordedAndItsFindingBecomesACase() throws IOException {
		TestHttp grid;
		grid = http().loginAs(DemoUser.GRID_WORKER);
		double[] point = centre(RegistryFixture.GRID);
		long house = grid.postJson("/api/registry/houses", """
				{"gridCode":"%s","address":"桔蔷路 8 号 2-301","use":"RESIDENTIAL","occupancy":"OWNER_OCCUPIED",
				 "lat":%.7f,"lng":%.7f}""".formatted(RegistryFixture.GRID, point[0], point[1]))
			.json()
			.path("id")
			.asLong();
		long household = grid.postJson("/api/registry/households", "{\"houseId\":" + house + "}")
			.json()
			.path("id")
			.asLong();
		long person = new RegistryFixture(grid)
			.person(household, "刘奶奶", RegistryFixture.newIdNumber(), RegistryFixture.newPhone())
			.path("id")
			.asLong();
		TestHttp.Response enrolled = grid.postJson("/api/registry/persons/" + person + "/groups",
				"{\"groupCode\":\"ELDERLY_ALONE\"}");
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		assertThat(overdue(grid)).doesNotContain(person);

		this.clock.advance(Duration.ofDays(2));
		// two days on, the session has timed out: sign in again
		grid = http().loginAs(DemoUser.GRID_WORKER);
		assertThat(overdue(grid)).contains(person);
		assertThat(overdue(http().loginAs(DemoUser.COMMUNITY_WORKER))).contains(person);

		String photo = grid.postFiles("/api/files", List.of(new TestHttp.FilePart("visit.png", "image/png", png())))
			.json()
			.get(0)
			.path("id")
			.asString();
		TestHttp.Response recorded = grid.postJson("/api/registry/visits", """
				{"personId":%d,"lat":%.7f,"lng":%.7f,"findings":"独居，冬季取暖困难，需要帮扶","photoIds":["%s"]}""".formatted(person,
				point[0], point[1], photo));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		JsonNode visit = recorded.json();
		assertThat(visit.path("photoIds").get(0).asString()).isEqualTo(photo);
		assertThat(overdue(grid)).doesNotContain(person);
		JsonNode membership = grid.get("/api/registry/persons/" + person + "/groups").json().get(0);
		assertThat(membership.path("nextVisitDue").asString())
			.isEqualTo(java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("Asia/Shanghai"))
				.plusDays(7)
				.toString());
		assertThat(grid.get("/files/" + photo).status()).isEqualTo(200);
		assertThat(http().loginAs(DemoUser.ADMIN).get("/files/" + photo).status()).isEqualTo(404);

		JsonNode followed = grid.postJson("/api/registry/visits/" + visit.path("id").asLong() + "/follow-up", "{}")
			.json();
		assertThat(followed.path("caseNumber").asString()).startsWith("HG");
		long caseId = followed.path("caseId").asLong();
		JsonNode theCase = grid.get("/api/cases/" + caseId).json();
		assertThat(theCase.path("category").path("code").asString()).isEqualTo(Visits.DEFAULT_CATEGORY);
		assertThat(theCase.path("location").path("orgCode").asString()).isEqualTo(RegistryFixture.GRID);
		// one tap, one case: asking again answers the same case
		assertThat(grid.postJson("/api/registry/visits/" + visit.path("id").asLong() + "/follow-up", "{}")
			.json()
			.path("caseId")
			.asLong()).isEqualTo(caseId);
	}

	@Test
	void theAdministratorConfiguresTheGroupsAndWorkersUseThem() {
		String body = """
				{"nameZh":"失独家庭","nameEn":"Families who lost their only child","visitIntervalDays":14,
				 "riskLevel":"MEDIUM","active":true,"sortOrder":90}""";
		assertThat(http().loginAs(DemoUser.COMMUNITY_WORKER).putJson("/api/registry/groups/BEREAVED", body).status())
			.isEqualTo(403);
		TestHttp.Response saved = http().loginAs(DemoUser.ADMIN).putJson("/api/registry/groups/BEREAVED", body);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode types = http().loginAs(DemoUser.GRID_WORKER).get("/api/registry/groups").json();
		assertThat(types.findValuesAsString("code")).contains("BEREAVED", "ELDERLY_ALONE", "DRUG_USER");
	}

	private List<Long> overdue(TestHttp client) {
		JsonNode list = client.get("/api/registry/visits/overdue?limit=500").json();
		return list.findValues("personId").stream().map(JsonNode::asLong).toList();
	}

	private double[] centre(String grid) {
		return this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(grid)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
