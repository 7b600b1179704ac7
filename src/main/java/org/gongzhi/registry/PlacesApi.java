package org.gongzhi.registry;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.gongzhi.registry.PlaceForms.OrganizationForm;
import org.gongzhi.registry.PlaceForms.PlaceForm;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Key places and organizations over REST, within the caller's scope. */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "registry")
@PreAuthorize(RegistryAccess.WORKERS)
class PlacesApi {

	private final Places places;

	PlacesApi(Places places) {
		this.places = places;
	}

	@PostMapping("/places")
	@Operation(summary = "Adds a key place (重点场所) to a grid")
	ResponseEntity<Places.PlaceView> addPlace(@Valid @RequestBody PlaceForm form) {
		Places.PlaceView place = this.places.addPlace(form);
		return ResponseEntity.created(URI.create("/api/registry/places/" + place.id())).body(place);
	}

	@GetMapping("/places")
	@Operation(summary = "Key places of the caller's scope")
	List<Places.PlaceView> places(@RequestParam(required = false) String org,
			@RequestParam(required = false) PlaceKind kind, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.places.places(org, kind, q, offset, limit);
	}

	@PutMapping("/places/{id}")
	@Operation(summary = "Changes a key place; without a phone the stored one stays")
	Places.PlaceView updatePlace(@PathVariable long id, @Valid @RequestBody PlaceForm form) {
		return this.places.updatePlace(id, form);
	}

	@GetMapping("/places/{id}")
	@Operation(summary = "One key place")
	Places.PlaceView place(@PathVariable long id) {
		return this.places.place(id);
	}

	@PostMapping("/organizations")
	@Operation(summary = "Adds an organization with its unified social credit code (GB 32100, checked)")
	ResponseEntity<Places.OrganizationView> addOrganization(@Valid @RequestBody OrganizationForm form) {
		Places.OrganizationView organization = this.places.addOrganization(form);
		return ResponseEntity.created(URI.create("/api/registry/organizations/" + organization.id()))
			.body(organization);
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations of the caller's scope by name or credit code")
	List<Places.OrganizationView> organizations(@RequestParam(required = false) String org,
			@RequestParam(required = false) OrganizationKind kind, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.places.organizations(org, kind, q, offset, limit);
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organization")
	Places.OrganizationView organization(@PathVariable long id) {
		return this.places.organization(id);
	}

	@PutMapping("/organizations/{id}")
	@Operation(summary = "Changes an organization (credit code checked and unique); without a phone the stored one"
			+ " stays")
	Places.OrganizationView updateOrganization(@PathVariable long id, @Valid @RequestBody OrganizationForm form) {
		return this.places.updateOrganization(id, form);
	}

}
