package org.gongzhi.cases;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.gongzhi.identity.ApiTokens;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 service requests: {@code POST requests} reports a case with an {@code api_key};
 * {@code GET requests} and {@code GET requests/{id}} show cases with the spec's public
 * fields, to anyone for public categories (see {@link Open311Requests}).
 */
@RestController
@RequestMapping(Open311Api.BASE)
@Tag(name = "open311")
class Open311RequestsApi extends Open311Endpoint {

	private static final DateTimeFormatter NOTICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(CaseNumbers.ZONE);

	private final Open311Intake intake;

	private final Open311Requests requests;

	Open311RequestsApi(Open311Writer writer, ApiTokens tokens, Open311Intake intake, Open311Requests requests) {
		super(writer, tokens);
		this.intake = intake;
		this.requests = requests;
	}

	@PostMapping("/requests.{format:json|xml}")
	// the api_key parameter is the credential, checked by the intake; CSRF does not apply
	@PreAuthorize("permitAll()")
	@Operation(summary = "Open311: reports a case (form-encoded: api_key, service_code, lat, long, description,"
			+ " attribute[code], contact fields); honours an Idempotency-Key header")
	ResponseEntity<String> report(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		Locale locale = locale(request);
		Open311Intake.Receipt receipt = this.intake.report(params, idempotencyKey, locale);
		String notice = (receipt.acceptDeadline() != null) ? this.writer.message("open311.notice.received",
				new Object[] { receipt.number(), NOTICE_TIME.format(receipt.acceptDeadline()) }, locale) : null;
		Open311Format answer = Open311Format.of(format);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create(Open311Api.BASE + "/requests/" + receipt.number() + "." + format))
			.contentType(answer.contentType())
			.body(this.writer.body(answer,
					Open311Body.Root.list("service_requests", "request",
							List.of(Open311Body.fields()
								.put("service_request_id", receipt.number())
								.put("service_notice", notice)
								.put("account_id", receipt.accountId())))));
	}

	@GetMapping("/requests.{format:json|xml}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Open311: service requests, newest first, at most 1000, by default of the last 90 days;"
			+ " public categories for anyone, besides those in the sight of an api_key's user")
	ResponseEntity<String> list(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(required = false) String status,
			@RequestParam(name = "api_key", required = false) String apiKey, HttpServletRequest request) {
		Open311Requests.Query query = Open311Requests.Query.parse(ids, serviceCode, startDate, endDate, status);
		return this.writer.ok(Open311Format.of(format), Open311Body.Root.list("service_requests", "request",
				this.requests.find(query, reader(apiKey), locale(request))));
	}

	@GetMapping("/requests/{id}.{format:json|xml}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Open311: one service request by its id (the case number)")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "api_key", required = false) String apiKey, HttpServletRequest request) {
		return this.writer.ok(Open311Format.of(format), Open311Body.Root.list("service_requests", "request",
				List.of(this.requests.get(id, reader(apiKey), locale(request)))));
	}

}
