package org.gongzhi.cases;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over REST: report, list, read, and find open cases nearby. The transitions are in
 * {@link CaseActionsApi}.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases")
class CasesApi {

	static final String READERS = "hasAnyRole('RESIDENT', 'GRID_WORKER', 'COMMUNITY_WORKER', 'DISPATCHER',"
			+ " 'DEPARTMENT', 'LEADER')";

	private final CaseIntake intake;

	private final CaseQueries queries;

	private final CaseReading reading;

	CasesApi(CaseIntake intake, CaseQueries queries, CaseReading reading) {
		this.intake = intake;
		this.queries = queries;
		this.reading = reading;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('RESIDENT', 'GRID_WORKER', 'DISPATCHER')")
	@Operation(summary = "Reports a case (上报), located in its grid; honours an Idempotency-Key header")
	ResponseEntity<String> report(@AuthenticationPrincipal GongzhiUser caller, @Valid @RequestBody ReportForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
			throw new InvalidInputException("cases.report.bad-key");
		}
		CaseIntake.Response response = this.intake.report(form, Actor.of(caller), channel(caller), idempotencyKey);
		return ResponseEntity.status(response.status())
			.location(URI.create("/api/cases/" + response.caseId()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(response.body());
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Cases the caller may see, filtered, sorted and paged by cursor")
	CasePage list(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) List<CaseState> state,
			@RequestParam(required = false) String category, @RequestParam(required = false) String org,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String reporter, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.queries.list(new CaseFilter(state, category, org, unit, overdueLevel(overdue),
				reporter(reporter, caller), q, from, to, sort, cursor, limit), Actor.of(caller));
	}

	@GetMapping("/nearby")
	@PreAuthorize(READERS)
	@Operation(summary = "Open cases within a radius (default 50 m) of a point, nearest first: duplicate suggestions")
	List<NearbyCase> nearby(@AuthenticationPrincipal GongzhiUser caller,
			@RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
			@RequestParam @DecimalMin("-180") @DecimalMax("180") double lng,
			@RequestParam(defaultValue = "WGS84") CoordSystem coordSystem,
			@RequestParam(required = false) String category,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int radius) {
		Coordinates.LatLng point = Coordinates.toWgs84(lat, lng, coordSystem);
		return this.queries.nearby(point.lat(), point.lng(), category, radius, Actor.of(caller));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One case with its SLA clocks, timeline and the actions open to the caller")
	CaseView one(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		return this.reading.detail(id, Actor.of(caller));
	}

	private static String channel(GongzhiUser caller) {
		if (caller.hasRole(Role.GRID_WORKER)) {
			return "GRID_WORKER";
		}
		return caller.hasRole(Role.RESIDENT) ? "RESIDENT" : "HOTLINE";
	}

	private static OverdueLevel overdueLevel(String overdue) {
		if (overdue == null || overdue.isBlank() || "false".equalsIgnoreCase(overdue)) {
			return null;
		}
		if ("true".equalsIgnoreCase(overdue) || "red".equalsIgnoreCase(overdue)) {
			return OverdueLevel.RED;
		}
		if ("yellow".equalsIgnoreCase(overdue)) {
			return OverdueLevel.YELLOW;
		}
		throw new InvalidInputException("cases.list.bad-overdue", overdue);
	}

	private static Long reporter(String reporter, GongzhiUser caller) {
		if (reporter == null || reporter.isBlank()) {
			return null;
		}
		if ("me".equals(reporter)) {
			return caller.getId();
		}
		try {
			return Long.valueOf(reporter);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("cases.list.bad-reporter", reporter);
		}
	}

}
