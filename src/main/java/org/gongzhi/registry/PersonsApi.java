package org.gongzhi.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Persons over REST, within the caller's scope (404 outside). ID numbers and phones are
 * answered masked; exact search by them is a POST, so that they never appear in a URL or
 * an access log.
 */
@RestController
@RequestMapping("/api/registry/persons")
@Tag(name = "registry")
class PersonsApi {

	private final Persons persons;

	private final FullView fullView;

	private final PersonHistory history;

	PersonsApi(Persons persons, FullView fullView, PersonHistory history) {
		this.persons = persons;
		this.fullView = fullView;
		this.history = history;
	}

	@PostMapping
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Registers a person in a household; 409 with personId when the ID number is registered")
	ResponseEntity<PersonView> create(@Valid @RequestBody PersonForm form) {
		PersonView person = this.persons.create(form);
		return ResponseEntity.created(URI.create("/api/registry/persons/" + person.id())).body(person);
	}

	@GetMapping
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Persons of the caller's scope by name, org unit, household, house, residence or group")
	List<PersonView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String org,
			@RequestParam(required = false) Long householdId, @RequestParam(required = false) Long houseId,
			@RequestParam(required = false) Residence residence, @RequestParam(required = false) String group,
			@RequestParam(defaultValue = "false") boolean movedOut,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.persons
			.list(new PersonFilter(q, org, householdId, houseId, residence, group, movedOut, offset, limit));
	}

	@PostMapping("/search")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Exact search by ID number or phone (keyed hash), within the caller's scope")
	List<PersonView> search(@Valid @RequestBody SearchBody body) {
		return this.persons.search(body.idType(), body.idNumber(), body.phone());
	}

	@GetMapping("/{id}")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "One person, masked")
	PersonView one(@PathVariable long id) {
		return this.persons.get(id);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "The changes of a person's record and the houses they lived in")
	HistoryView history(@PathVariable long id) {
		this.persons.get(id);
		return new HistoryView(this.history.entries(id), this.history.stays(id));
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Merges a registration into the existing record (e.g. a duplicate ID number); every change"
			+ " is kept in the history; send version to act only on what you saw")
	PersonView merge(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody PersonForm form) {
		return this.persons.merge(id, form, version);
	}

	@PostMapping("/move-in")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Takes over (迁入) the person registered under the form's ID number, also from another"
			+ " community, into a household of the caller's scope: the old stay ends on moveInDate (default today),"
			+ " the new one begins, the entered data is merged with every change in the history; audited."
			+ " 404 when nobody holds the number")
	PersonView moveIn(@Valid @RequestBody PersonForm form) {
		return this.persons.moveIn(form);
	}

	@PostMapping("/{id}/move-out")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Records that the person moved out (default today)")
	PersonView moveOut(@PathVariable long id, @RequestBody(required = false) MoveOutBody body) {
		return this.persons.moveOut(id, (body != null) ? body.date() : null);
	}

	@PostMapping("/{id}/full-view")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The full ID number and phone, for an entitled worker who states a reason; audited")
	Persons.FullValues full(@PathVariable long id, @RequestBody ReasonBody body) {
		return this.fullView.of(id, (body != null) ? body.reason() : null);
	}

	/**
	 * An exact search: an ID number (resident ID unless another type is named) or a
	 * phone.
	 */
	record SearchBody(IdType idType, @Size(max = 40) String idNumber, @Size(max = 20) String phone) {
	}

	/** A move-out date. */
	record MoveOutBody(LocalDate date) {
	}

	/** Why a full value is needed. */
	record ReasonBody(@Size(max = 500) String reason) {
	}

	/** A person's history. */
	record HistoryView(List<PersonHistory.Entry> entries, List<PersonHistory.Stay> stays) {
	}

}
