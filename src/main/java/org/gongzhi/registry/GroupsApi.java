package org.gongzhi.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Special groups and home visits over REST: the administrator configures the groups,
 * workers of a scope enrol persons, record visits, turn findings into cases and see the
 * overdue visits.
 */
@RestController
@Tag(name = "registry")
class GroupsApi {

	private final SpecialGroups groups;

	private final Visits visits;

	GroupsApi(SpecialGroups groups, Visits visits) {
		this.groups = groups;
		this.visits = visits;
	}

	@GetMapping("/api/registry/groups")
	@PreAuthorize("hasAnyRole('GRID_WORKER', 'COMMUNITY_WORKER', 'ADMIN')")
	@Operation(summary = "The special groups with their visit interval and risk level")
	List<SpecialGroups.GroupType> types() {
		return this.groups.types();
	}

	@PutMapping("/api/registry/groups/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds or changes a special group (administrator)")
	SpecialGroups.GroupType save(@PathVariable String code, @Valid @RequestBody SpecialGroups.GroupTypeForm form) {
		return this.groups.save(code, form);
	}

	@GetMapping("/api/registry/persons/{id}/groups")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "The groups a person belongs to, with the next visit due")
	List<SpecialGroups.Membership> memberships(@PathVariable long id) {
		return this.groups.memberships(id);
	}

	@PostMapping("/api/registry/persons/{id}/groups")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Enrols a person in a special group; the first visit is due at once")
	ResponseEntity<SpecialGroups.Membership> enrol(@PathVariable long id, @Valid @RequestBody EnrolBody body) {
		return ResponseEntity.status(201).body(this.groups.enrol(id, body.groupCode(), body.since()));
	}

	@DeleteMapping("/api/registry/persons/{id}/groups/{code}")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Ends a person's membership of a group")
	ResponseEntity<Void> leave(@PathVariable long id, @PathVariable String code) {
		this.groups.leave(id, code);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/registry/visits/overdue")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Members of the caller's scope whose visit is overdue, longest overdue first")
	List<SpecialGroups.Membership> overdue(@RequestParam(required = false) String org,
			@RequestParam(required = false) String group,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.groups.overdue(org, group, limit);
	}

	@PostMapping("/api/registry/visits")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Records a home visit (入户走访) with GPS, findings and photos")
	ResponseEntity<Visits.VisitView> record(@Valid @RequestBody Visits.VisitForm form) {
		Visits.VisitView visit = this.visits.record(form);
		return ResponseEntity.created(URI.create("/api/registry/visits/" + visit.id())).body(visit);
	}

	@GetMapping("/api/registry/visits/{id}")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "One visit")
	Visits.VisitView visit(@PathVariable long id) {
		return this.visits.visit(id);
	}

	@GetMapping("/api/registry/persons/{id}/visits")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "The visits of a person, newest first")
	List<Visits.VisitView> visitsOf(@PathVariable long id) {
		return this.visits.of(id);
	}

	@PostMapping("/api/registry/visits/{id}/follow-up")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Turns the visit's findings into a case (default category ZL0304); asking again answers"
			+ " the same case")
	Visits.VisitView followUp(@PathVariable long id, @RequestBody(required = false) FollowUpBody body) {
		return this.visits.followUp(id, (body != null) ? body.categoryCode() : null);
	}

	/** A group to join, from a date (default today). */
	record EnrolBody(@NotBlank @Size(max = 32) String groupCode, LocalDate since) {
	}

	/** The category of the follow-up case. */
	record FollowUpBody(@Size(max = 32) String categoryCode) {
	}

}
