package org.gongzhi.cases;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): discovery and the services
 * (our public case categories), for anyone. Service requests are in
 * {@link Open311RequestsApi}.
 */
@RestController
@RequestMapping(Open311Api.BASE)
@Tag(name = "open311")
class Open311Api extends Open311Endpoint {

	static final String BASE = "/open311/v2";

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	/** When this implementation of the spec last changed. */
	static final String CHANGESET = "2026-11-23T00:00:00+08:00";

	private final Open311Services services;

	Open311Api(Open311Writer writer, ApiTokens tokens, Open311Services services) {
		super(writer, tokens);
		this.services = services;
	}

	@GetMapping("/discovery.{format:json|xml}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Open311 service discovery: where the GeoReport v2 endpoint is and its formats")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		Locale locale = locale(request);
		Open311Body.Fields endpoint = Open311Body.fields()
			.put("specification", SPECIFICATION)
			.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString())
			.put("changeset", CHANGESET)
			.put("type", "production")
			.put("formats", new Open311Body.Many("format", List.of("text/xml", "application/json")));
		return this.writer.ok(Open311Format.of(format),
				Open311Body.Root.of("discovery",
						Open311Body.fields()
							.put("changeset", CHANGESET)
							.put("contact", this.writer.message("open311.discovery.contact", null, locale))
							.put("key_service", this.writer.message("open311.discovery.key-service", null, locale))
							.put("endpoints", new Open311Body.Many("endpoint", List.of(endpoint)))));
	}

	@GetMapping("/services.{format:json|xml}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Open311 services: the case categories anyone may report, in the caller's language")
	ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
		Locale locale = locale(request);
		return this.writer.ok(Open311Format.of(format), Open311Body.Root.list("services", "service",
				this.services.offered().stream().map((service) -> this.services.service(service, locale)).toList()));
	}

	@GetMapping("/services/{code}.{format:json|xml}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Open311 service definition: the questions (attributes) a report of the service answers")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			HttpServletRequest request) {
		CaseCategory service = this.services.find(code)
			.orElseThrow(() -> new NotFoundException("open311.error.service-not-found", code));
		return this.writer.ok(Open311Format.of(format),
				Open311Body.Root.of("service_definition", this.services.definition(service, locale(request))));
	}

}
