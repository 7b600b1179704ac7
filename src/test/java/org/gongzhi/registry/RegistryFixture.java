package org.gongzhi.registry;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds registry data over the API for a test: a house, a household and persons with
 * valid fake ID numbers no other test uses (a sequence of this JVM in the 900s, which the
 * demo population never uses).
 */
final class RegistryFixture {

	/** 桔蔷社区 and its first grid, the scope of the demo community and grid workers. */
	static final String COMMUNITY = "210105001002";

	static final String GRID = COMMUNITY + "001";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 20_000));

	private final TestHttp http;

	RegistryFixture(TestHttp http) {
		this.http = http;
	}

	/** A valid ID number of 皇姑区, unique in this test run. */
	static String newIdNumber() {
		int n = SEQUENCE.incrementAndGet();
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n % 25_000);
		String first17 = "210105" + birth.toString().replace("-", "") + String.format("%03d", 900 + (n / 25_000) % 100);
		return first17 + IdNumbers.checkDigit(first17);
	}

	/**
	 * A valid ID number of 皇姑区 of someone born on {@code birth}, unique in this test run.
	 */
	static String idNumberBornOn(LocalDate birth) {
		String first17 = "210105" + birth.toString().replace("-", "")
				+ String.format("%03d", 900 + SEQUENCE.incrementAndGet() % 100);
		return first17 + IdNumbers.checkDigit(first17);
	}

	/** A mobile number unique in this test run. */
	static String newPhone() {
		return "139" + String.format("%08d", SEQUENCE.incrementAndGet() * 7919L % 100_000_000L);
	}

	long house() {
		TestHttp.Response response = this.http.postJson("/api/registry/houses", """
				{"gridCode":"%s","address":"桔蔷路 %d 号","floorNo":3,"roomNo":"301","area":72.5,
				 "use":"RESIDENTIAL","occupancy":"OWNER_OCCUPIED"}""".formatted(GRID, SEQUENCE.incrementAndGet()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	long household() {
		TestHttp.Response response = this.http.postJson("/api/registry/households", "{\"houseId\":" + house() + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	TestHttp.Response register(long householdId, String name, String idNumber, String phone) {
		return this.http.postJson("/api/registry/persons", personJson(householdId, name, idNumber, phone));
	}

	JsonNode person(long householdId, String name, String idNumber, String phone) {
		TestHttp.Response response = register(householdId, name, idNumber, phone);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	static String personJson(long householdId, String name, String idNumber, String phone) {
		return """
				{"householdId":%d,"name":"%s","idType":"RESIDENT_ID","idNumber":"%s",%s"residence":"REGISTERED",
				 "relation":"HEAD","ethnicity":"汉族","education":"BACHELOR"}""".formatted(householdId, name, idNumber,
				(phone != null) ? "\"phone\":\"" + phone + "\"," : "");
	}

}
