package org.gongzhi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * {@code POST requests}: an Open311 report becomes a case through {@link CaseIntake}
 * (channel {@code OPEN311}), reported by the user of the {@code api_key}. The spec's
 * parameters are checked here first, so that a client learns which one is wrong in the
 * spec's terms ({@code attribute[lamp_count]}); the reporter's contact is kept apart from
 * the case ({@link CaseContacts}).
 */
@Service
class Open311Intake {

	static final String CHANNEL = "OPEN311";

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");

	private final ApiTokens tokens;

	private final Open311Services services;

	private final CaseIntake intake;

	private final CaseContacts contacts;

	private final JsonMapper json;

	private final Clock clock;

	Open311Intake(ApiTokens tokens, Open311Services services, CaseIntake intake, CaseContacts contacts, JsonMapper json,
			Clock clock) {
		this.tokens = tokens;
		this.services = services;
		this.intake = intake;
		this.contacts = contacts;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Reports a case; with an idempotency key a retry answers the first case.
	 * @param params the form's parameters
	 * @param locale the caller's language, for the names in error messages
	 */
	Receipt report(MultiValueMap<String, String> params, String idempotencyKey, Locale locale) {
		GongzhiUser reporter = this.tokens.authenticate(params.getFirst("api_key"))
			.orElseThrow(() -> new GongzhiException(HttpStatus.FORBIDDEN, "open311", "open311.error.api-key"));
		if (!(reporter.hasRole(Role.RESIDENT) || reporter.hasRole(Role.GRID_WORKER)
				|| reporter.hasRole(Role.DISPATCHER))) {
			throw new GongzhiException(HttpStatus.FORBIDDEN, "open311", "open311.error.not-reporter");
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
			throw new InvalidInputException("cases.report.bad-key");
		}
		String code = required(params, "service_code");
		CaseCategory service = this.services.find(code)
			.orElseThrow(() -> new InvalidInputException("open311.error.unknown-service", code));
		String address = text(params, "address_string", 200);
		String latText = text(params, "lat", 40);
		String lngText = text(params, "long", 40);
		if (latText == null || lngText == null) {
			boolean addressOnly = address != null || text(params, "address_id", 100) != null;
			throw new InvalidInputException(addressOnly ? "open311.error.address-only" : "open311.error.no-location");
		}
		double lat = coordinate("lat", latText, 90);
		double lng = coordinate("long", lngText, 180);
		String description = text(params, "description", 2000);
		Map<String, Object> answers = answers(service, params, locale);
		ReportForm form = new ReportForm(service.code(), lat, lng, CoordSystem.WGS84, address,
				(description != null) ? description : service.name(locale), answers, null, false, List.of(), List.of(),
				null);
		CaseContacts.Contact contact = new CaseContacts.Contact(text(params, "first_name", 50),
				text(params, "last_name", 50), matching(params, "email", 254, EMAIL),
				matching(params, "phone", 32, PHONE));
		String accountId = text(params, "account_id", 100);
		CaseContacts.ClientData client = new CaseContacts.ClientData(text(params, "device_id", 100), accountId,
				mediaUrl(params));
		CaseIntake.Response response = this.intake.report(form, Actor.of(reporter), CHANNEL, idempotencyKey);
		this.contacts.saveIfAbsent(response.caseId(), contact, client, this.clock.instant());
		JsonNode receipt = this.json.readTree(response.body());
		String deadline = receipt.path("deadline").asString(null);
		return new Receipt(response.caseId(), receipt.path("number").asString(),
				(deadline != null) ? Instant.parse(deadline) : null, accountId);
	}

	/**
	 * The answers to the service's attributes, as {@code attribute[code]=value} (a list
	 * for {@code attribute[code][]=a&attribute[code][]=b} or repeated values): required
	 * ones present, numbers, dates and list keys valid.
	 */
	private static Map<String, Object> answers(CaseCategory service, MultiValueMap<String, String> params,
			Locale locale) {
		Map<String, List<String>> given = new TreeMap<>();
		params.forEach((name, values) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches()) {
				given.computeIfAbsent(matcher.group(1), (key) -> new ArrayList<>())
					.addAll(values.stream().filter((value) -> value != null && !value.isBlank()).toList());
			}
		});
		Map<String, Object> answers = new TreeMap<>();
		for (CategoryAttribute attribute : service.attributes()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of());
			if (values.isEmpty()) {
				if (attribute.required()) {
					throw new InvalidInputException("open311.error.attribute-required", attribute.code(),
							attribute.description(locale));
				}
				continue;
			}
			if (!valid(attribute, values)) {
				throw new InvalidInputException("open311.error.attribute-invalid", attribute.code(),
						attribute.description(locale));
			}
			answers.put(attribute.code(), "multivaluelist".equals(attribute.datatype()) ? values : values.get(0));
		}
		return answers;
	}

	private static boolean valid(CategoryAttribute attribute, List<String> values) {
		if (attribute.isList()) {
			return values.stream().allMatch(attribute::allows)
					&& ("multivaluelist".equals(attribute.datatype()) || values.size() == 1);
		}
		if (values.size() != 1) {
			return false;
		}
		String value = values.get(0).strip();
		try {
			switch (attribute.datatype()) {
				case "number" -> Double.parseDouble(value);
				case "datetime" -> OffsetDateTime.parse(value);
				default -> {
					return value.length() <= 1000;
				}
			}
			return true;
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return false;
		}
	}

	private static double coordinate(String name, String text, double limit) {
		try {
			double value = Double.parseDouble(text);
			if (Double.isNaN(value) || Math.abs(value) > limit) {
				throw new InvalidInputException("open311.error.bad-coordinate", name);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("open311.error.bad-coordinate", name);
		}
	}

	private static String mediaUrl(MultiValueMap<String, String> params) {
		String url = text(params, "media_url", 500);
		if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
			throw new InvalidInputException("open311.error.bad-media-url");
		}
		return url;
	}

	private static String required(MultiValueMap<String, String> params, String name) {
		String value = text(params, name, 100);
		if (value == null) {
			throw new InvalidInputException("open311.error.missing", name);
		}
		return value;
	}

	private static String matching(MultiValueMap<String, String> params, String name, int max, Pattern pattern) {
		String value = text(params, name, max);
		if (value != null && !pattern.matcher(value).matches()) {
			// the value itself is not repeated: it is personal data
			throw new InvalidInputException("open311.error.bad-format", name);
		}
		return value;
	}

	/** A parameter's text, stripped; {@code null} when absent or blank. */
	private static String text(MultiValueMap<String, String> params, String name, int max) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInputException("open311.error.too-long", name, max);
		}
		return text;
	}

	/**
	 * What a report answers.
	 *
	 * @param caseId the case
	 * @param number its number, the {@code service_request_id}
	 * @param acceptDeadline when it will be accepted at the latest
	 * @param accountId the client's account id of the reporter, echoed
	 */
	record Receipt(long caseId, String number, Instant acceptDeadline, String accountId) {
	}

}
