package org.gongzhi.org;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import tools.jackson.databind.node.ObjectNode;

import org.gongzhi.shared.problem.NotFoundException;
import org.gongzhi.shared.problem.Problems;
import org.gongzhi.shared.scope.ScopeGuard;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org tree over REST: units, children, grids as GeoJSON, staffing, and locating a
 * point.
 */
@RestController
@RequestMapping("/api/org")
@PreAuthorize("isAuthenticated()")
@Tag(name = "org", description = "Org tree: districts, streets, communities, grids")
class OrgApi {

	private final OrgUnits units;

	private final OrgFeatures features;

	private final GridStaffing staffing;

	private final GridLocator locator;

	private final GridImport gridImport;

	private final Problems problems;

	private final ScopeGuard scope;

	OrgApi(OrgUnits units, OrgFeatures features, GridStaffing staffing, GridLocator locator, GridImport gridImport,
			Problems problems, ScopeGuard scope) {
		this.scope = scope;
		this.units = units;
		this.features = features;
		this.staffing = staffing;
		this.locator = locator;
		this.gridImport = gridImport;
		this.problems = problems;
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "One org unit by its code")
	OrgUnit unit(@PathVariable String code) {
		visible(code);
		return this.units.get(code);
	}

	@GetMapping("/units/{code}/children")
	@Operation(summary = "The direct children of an org unit")
	List<OrgUnit> children(@PathVariable String code) {
		visible(code);
		return this.units.children(this.units.get(code).code());
	}

	@GetMapping(path = "/units/{code}/features", produces = { "application/geo+json", "application/json" })
	@Operation(summary = "The children of a unit with their outlines, as a GeoJSON FeatureCollection")
	ObjectNode childFeatures(@PathVariable String code) {
		visible(code);
		return this.features.children(code);
	}

	@GetMapping(path = "/grids", produces = { "application/geo+json", "application/json" })
	@Operation(summary = "The grids within a unit as a GeoJSON FeatureCollection (code, name, households, worker)")
	ObjectNode grids(@RequestParam String within) {
		visible(within);
		return this.features.gridsWithin(within);
	}

	@PostMapping(path = "/grids", consumes = { "application/geo+json", "application/json" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import grids from a GeoJSON FeatureCollection (code, name, households); all or nothing")
	GridImport.Result importGrids(@RequestParam String within, @RequestBody String geoJson) {
		visible(within);
		return this.gridImport.importGrids(within, geoJson);
	}

	@ExceptionHandler(GridImport.Rejected.class)
	ResponseEntity<ProblemDetail> rejected(GridImport.Rejected rejected, Locale locale) {
		List<Problems.FieldProblem> errors = rejected.rejections()
			.stream()
			.map((rejection) -> new Problems.FieldProblem("features[" + rejection.feature() + "]",
					this.problems.message(rejection.messageKey(), new Object[] { rejection.detail() }, locale)))
			.toList();
		return ResponseEntity.badRequest().body(this.problems.validation(errors, locale));
	}

	@GetMapping("/units/{code}/staffing")
	@Operation(summary = "Grids, grid workers and households per grid worker of a unit and its children")
	Staffing staffing(@PathVariable String code) {
		visible(code);
		return this.staffing.staffing(code);
	}

	@GetMapping("/locate")
	@Operation(summary = "The grid, community, street and district of a WGS-84 point")
	GridLocation locate(@RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
			@RequestParam @DecimalMin("-180") @DecimalMax("180") double lng) {
		return this.locator.locate(lat, lng).orElseThrow(() -> new NotFoundException("org.locate.outside", lat, lng));
	}

	/** Outside the caller's subtree a unit answers exactly as a missing one does. */
	private void visible(String code) {
		this.scope.requireVisible(code, "org.unit.not-found", code);
	}

}
