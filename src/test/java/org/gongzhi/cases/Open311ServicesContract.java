package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 discovery, services and service definitions, to anyone, in JSON and XML alike.
 */
abstract class Open311ServicesContract extends ApplicationTest {

	private Open311Client open311() {
		return new Open311Client(this.port);
	}

	@Test
	void discoveryNamesTheGeoReportV2EndpointWithBothFormats() {
		TestHttp.Response json = open311().get("/discovery.json");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.contentType()).startsWith("application/json");
		JsonNode endpoint = json.json().path("endpoints").get(0);
		assertThat(endpoint.path("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.path("url").asString()).isEqualTo("http://localhost:" + this.port + "/open311/v2");
		assertThat(endpoint.path("type").asString()).isEqualTo("production");
		assertThat(texts(endpoint.path("formats"))).containsExactly("text/xml", "application/json");
		assertThat(json.json().path("changeset").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
		assertThat(json.json().path("contact").asString()).isNotBlank();

		TestHttp.Response xml = open311().get("/discovery.xml");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.contentType()).startsWith("text/xml");
		Open311Client.Xml doc = Open311Client.xml(xml);
		assertThat(doc.root()).isEqualTo("discovery");
		assertThat(doc.text("/discovery/endpoints/endpoint/specification"))
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(doc.texts("/discovery/endpoints/endpoint/formats/format")).containsExactly("text/xml",
				"application/json");
		assertThat(doc.text("/discovery/changeset")).isEqualTo(json.json().path("changeset").asString());
	}

	@Test
	void servicesArePublicMinorClassesNamedInTheCallersLanguage() {
		JsonNode services = open311().get("/services.json").json();
		List<String> codes = texts(services, "service_code");
		assertThat(codes).contains("SJ0201", "BJ0201", "SJ0107")
			// not minor classes, or not public (disputes, public security)
			.doesNotContain("SJ02", "SJ", "ZL0101", "ZL0501");
		JsonNode posters = find(services, "SJ0201");
		assertThat(posters.path("service_name").asString()).isEqualTo("乱贴广告");
		assertThat(posters.path("group").asString()).isEqualTo("宣传广告");
		assertThat(posters.path("type").asString()).isEqualTo("realtime");
		assertThat(posters.path("metadata").asBoolean()).isFalse();
		assertThat(posters.path("keywords").asString()).contains("宣传广告");
		assertThat(posters.path("description").asString()).contains("3 个工作日");
		assertThat(find(services, "BJ0201").path("metadata").asBoolean()).isTrue();

		JsonNode english = open311().get("/services.json", "Accept-Language", "en").json();
		assertThat(find(english, "SJ0201").path("service_name").asString()).isEqualTo("Illegal posters");
		assertThat(find(english, "SJ0201").path("group").asString()).isEqualTo("Publicity and advertising");
		JsonNode byParameter = open311().get("/services.json?locale=en", "Accept-Language", "zh-CN").json();
		assertThat(find(byParameter, "SJ0201").path("service_name").asString()).isEqualTo("Illegal posters");

		Open311Client.Xml xml = Open311Client.xml(open311().get("/services.xml"));
		assertThat(xml.root()).isEqualTo("services");
		assertThat(xml.texts("/services/service/service_code")).containsExactlyElementsOf(codes);
		assertThat(xml.text("/services/service[service_code='SJ0201']/service_name")).isEqualTo("乱贴广告");
		assertThat(xml.text("/services/service[service_code='SJ0201']/metadata")).isEqualTo("false");
		assertThat(xml.text("/services/service[service_code='BJ0201']/metadata")).isEqualTo("true");
	}

	@Test
	void aServiceDefinitionListsItsAttributesWithTheirValues() {
		TestHttp.Response json = open311().get("/services/SJ0107.json");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().path("service_code").asString()).isEqualTo("SJ0107");
		JsonNode when = json.json().path("attributes").get(0);
		assertThat(when.path("variable").asBoolean()).isTrue();
		assertThat(when.path("code").asString()).isEqualTo("noise_time");
		assertThat(when.path("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(when.path("required").asBoolean()).isTrue();
		assertThat(when.path("order").asInt()).isEqualTo(1);
		assertThat(when.path("description").asString()).isEqualTo("主要发生时段");
		assertThat(when.path("datatype_description").asString()).isNotBlank();
		assertThat(texts(when.path("values"), "key")).containsExactly("day", "night");
		assertThat(when.path("values").get(0).path("name").asString()).isEqualTo("白天");
		JsonNode source = json.json().path("attributes").get(1);
		assertThat(source.path("datatype").asString()).isEqualTo("multivaluelist");
		assertThat(source.path("required").asBoolean()).isFalse();
		assertThat(source.path("order").asInt()).isEqualTo(2);

		Open311Client.Xml xml = Open311Client.xml(open311().get("/services/SJ0107.xml?locale=en"));
		assertThat(xml.root()).isEqualTo("service_definition");
		assertThat(xml.text("/service_definition/service_code")).isEqualTo("SJ0107");
		assertThat(xml.texts("/service_definition/attributes/attribute/code")).containsExactly("noise_time",
				"noise_source");
		assertThat(xml.text("/service_definition/attributes/attribute[1]/description")).isEqualTo("When it happens");
		assertThat(xml.text("/service_definition/attributes/attribute[1]/required")).isEqualTo("true");
		assertThat(xml.texts("/service_definition/attributes/attribute[1]/values/value/key")).containsExactly("day",
				"night");
		assertThat(xml.text("/service_definition/attributes/attribute[1]/values/value[2]/name"))
			.isEqualTo("At night (22:00–6:00)");

		TestHttp.Response none = open311().get("/services/SJ0201.json");
		assertThat(none.json().path("attributes").isEmpty()).isTrue();
	}

	@Test
	void anUnknownOrNonPublicServiceIsNotFoundInTheSpecsErrorFormat() {
		for (String code : List.of("XX99", "ZL0101")) {
			TestHttp.Response json = open311().get("/services/" + code + ".json");
			assertThat(json.status()).isEqualTo(404);
			assertThat(json.json().get(0).path("code").asInt()).isEqualTo(404);
			assertThat(json.json().get(0).path("description").asString()).contains(code);
			TestHttp.Response xml = open311().get("/services/" + code + ".xml", "Accept-Language", "en");
			assertThat(xml.status()).isEqualTo(404);
			Open311Client.Xml errors = Open311Client.xml(xml);
			assertThat(errors.root()).isEqualTo("errors");
			assertThat(errors.text("/errors/error/code")).isEqualTo("404");
			assertThat(errors.text("/errors/error/description")).isEqualTo("There is no service " + code + ".");
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheOpen311Endpoints() {
		String docs = http().get("/v3/api-docs").body();
		assertThat(docs).contains("/open311/v2/services.{format}", "/open311/v2/requests.{format}",
				"/open311/v2/requests/{id}.{format}", "/open311/v2/discovery.{format}");
	}

	private static JsonNode find(JsonNode services, String code) {
		for (JsonNode service : services) {
			if (code.equals(service.path("service_code").asString())) {
				return service;
			}
		}
		throw new AssertionError("no service " + code);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach((item) -> texts.add(item.path(field).asString()));
		return texts;
	}

}
