package org.gongzhi.org;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongzhi.shared.scope.ScopeGuard;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org tree over REST.
 */
@RestController
@RequestMapping("/api/org")
@PreAuthorize("isAuthenticated()")
@Tag(name = "org", description = "Org tree: districts, streets, communities, grids")
class OrgApi {

	private final OrgUnits units;

	private final ScopeGuard scope;

	OrgApi(OrgUnits units, ScopeGuard scope) {
		this.units = units;
		this.scope = scope;
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "One org unit by its code; 404 outside the caller's scope")
	OrgUnit unit(@PathVariable String code) {
		this.scope.requireVisible(code, "org.unit.not-found", code);
		return this.units.get(code);
	}

	@GetMapping("/units/{code}/children")
	@Operation(summary = "The direct children of an org unit; 404 outside the caller's scope")
	List<OrgUnit> children(@PathVariable String code) {
		this.scope.requireVisible(code, "org.unit.not-found", code);
		return this.units.children(this.units.get(code).code());
	}

}
