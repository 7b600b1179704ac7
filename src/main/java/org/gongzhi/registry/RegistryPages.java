package org.gongzhi.registry;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.registry.HouseForms.HouseForm;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's pages: the list with filters and overdue visits (a grid worker's phone
 * or a community worker's desk), adding a household in two steps (house, then its
 * members), a person's detail with history and the full view with a reason, and recording
 * a visit.
 */
@Controller
@PreAuthorize(RegistryAccess.WORKERS)
class RegistryPages {

	static final String PATH = "/registry";

	private final Persons persons;

	private final Houses houses;

	private final SpecialGroups groups;

	private final Visits visits;

	private final FullView fullView;

	private final PersonHistory history;

	private final RegistryAccess access;

	private final RegistryChoices choices;

	RegistryPages(Persons persons, Houses houses, SpecialGroups groups, Visits visits, FullView fullView,
			PersonHistory history, RegistryAccess access, RegistryChoices choices) {
		this.persons = persons;
		this.houses = houses;
		this.groups = groups;
		this.visits = visits;
		this.fullView = fullView;
		this.history = history;
		this.access = access;
		this.choices = choices;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String org,
			@RequestParam(required = false) Residence residence, @RequestParam(required = false) String group,
			@RequestParam(defaultValue = "0") int offset, Model model) {
		model.addAttribute("persons", this.persons
			.list(new PersonFilter(q, org, null, null, residence, group, false, Math.max(0, offset), 50)));
		model.addAttribute("houses", (q != null && !q.isBlank()) ? this.houses.houses(q, org, null, 0, 20) : List.of());
		model.addAttribute("q", q);
		model.addAttribute("org", org);
		model.addAttribute("residence", residence);
		model.addAttribute("group", group);
		model.addAttribute("offset", Math.max(0, offset));
		return page(model);
	}

	@PostMapping(PATH + "/search")
	String search(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			Model model) {
		try {
			model.addAttribute("persons", this.persons.search(null, idNumber, phone));
		}
		catch (GongzhiException ex) {
			model.addAttribute("persons", List.of());
			model.addAttribute("searchError", ex.messageKey());
		}
		model.addAttribute("exactSearch", true);
		model.addAttribute("houses", List.of());
		model.addAttribute("offset", 0);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("grids", this.choices.grids());
		model.addAttribute("groupTypes", this.groups.types());
		model.addAttribute("groupNames", this.choices.groupNames());
		model.addAttribute("overdue", this.groups.overdue(null, null, 50));
		model.addAttribute("residences", Residence.values());
		return "registry/list";
	}

	@GetMapping(PATH + "/households/new")
	String newHousehold(@RequestParam(required = false) String q, @RequestParam(required = false) String building,
			Model model) {
		Houses.Building in = (building != null && !building.isBlank()) ? this.houses.building(building) : null;
		model.addAttribute("houseForm",
				new HouseForm((in != null) ? in.gridCode() : this.choices.defaultGrid(),
						(in != null) ? in.code() : null, "", null, null, null, null, HouseUse.RESIDENTIAL,
						Occupancy.OWNER_OCCUPIED, null, null));
		return houseStep(q, model);
	}

	@PostMapping(PATH + "/households")
	String createHousehold(@Valid @ModelAttribute("houseForm") HouseForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		if (errors.hasErrors()) {
			return houseStep(null, model);
		}
		Houses.HouseView house = this.houses.addHouse(form);
		return redirectToHousehold(this.houses.addHousehold(house.id()).id(), redirect);
	}

	@PostMapping(PATH + "/houses/{houseId}/households")
	String addHouseholdTo(@PathVariable long houseId, RedirectAttributes redirect) {
		return redirectToHousehold(this.houses.addHousehold(houseId).id(), redirect);
	}

	private String houseStep(String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("houses",
				(q != null && !q.isBlank()) ? this.houses.houses(q, null, null, 0, 20) : List.of());
		model.addAttribute("grids", this.choices.grids());
		Object form = model.getAttribute("houseForm");
		if (form instanceof HouseForm house && house.buildingCode() != null && !house.buildingCode().isBlank()) {
			model.addAttribute("building", this.houses.building(house.buildingCode()));
		}
		model.addAttribute("uses", HouseUse.values());
		model.addAttribute("occupancies", Occupancy.values());
		return "registry/household-new";
	}

	private static String redirectToHousehold(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("householdCreated", true);
		return "redirect:" + PATH + "/households/" + id;
	}

	@GetMapping(PATH + "/households/{id}")
	String household(@PathVariable long id, Model model) {
		Houses.HouseholdView household = this.houses.household(id);
		model.addAttribute("personForm", new PersonForm(id, "", null, null, IdType.RESIDENT_ID, null, null,
				Residence.REGISTERED, null, null, null, (household.members() == 0) ? Relation.HEAD : null, null));
		return householdPage(household, model);
	}

	@PostMapping(PATH + "/households/{id}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		Houses.HouseholdView household = this.houses.household(id);
		if (!errors.hasErrors() && form.householdId() != null && form.householdId() == id) {
			try {
				PersonView person = this.persons.create(form);
				redirect.addFlashAttribute("memberAdded", person.name());
				return "redirect:" + PATH + "/households/" + id;
			}
			catch (GongzhiException ex) {
				errors.rejectValue("idNumber", ex.messageKey(), ex.arguments(), ex.messageKey());
				// a duplicate: the existing record's id (in scope), its masked name and
				// the offer
				// to move the person in
				ex.properties().forEach(model::addAttribute);
			}
		}
		return householdPage(household, model);
	}

	/**
	 * Takes over (迁入) the person already registered under the entered ID number, also in
	 * another community, into this household; the old stay ends, history is kept.
	 */
	@PostMapping(PATH + "/households/{id}/move-in")
	String moveIn(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		Houses.HouseholdView household = this.houses.household(id);
		if (!errors.hasErrors() && form.householdId() != null && form.householdId() == id) {
			try {
				PersonView person = this.persons.moveIn(form);
				redirect.addFlashAttribute("movedIn", person.name());
				return "redirect:" + PATH + "/households/" + id;
			}
			catch (GongzhiException ex) {
				String field = "registry.move-in.before-last-stay".equals(ex.messageKey()) ? "moveInDate" : "idNumber";
				errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("moveIn", true);
		return householdPage(household, model);
	}

	private String householdPage(Houses.HouseholdView household, Model model) {
		model.addAttribute("household", household);
		model.addAttribute("house", this.houses.house(household.houseId()));
		model.addAttribute("members",
				this.persons.list(new PersonFilter(null, null, household.id(), null, null, null, false, 0, 100)));
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("residences", Residence.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("genders", Gender.values());
		return "registry/household";
	}

	@GetMapping(PATH + "/persons/{id}")
	String person(@PathVariable long id, Model model) {
		return personPage(id, model);
	}

	@PostMapping(PATH + "/persons/{id}/full-view")
	String full(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
		try {
			model.addAttribute("full", this.fullView.of(id, reason));
		}
		catch (GongzhiException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			model.addAttribute("fullError", ex.messageKey());
		}
		// shown once, in this answer only: never kept in the session or a redirect
		return personPage(id, model);
	}

	private String personPage(long id, Model model) {
		model.addAttribute("person", this.persons.get(id));
		model.addAttribute("history", this.history.entries(id));
		model.addAttribute("stays", this.history.stays(id));
		model.addAttribute("memberships", this.groups.memberships(id));
		model.addAttribute("visits", this.visits.of(id));
		model.addAttribute("groupTypes", this.groups.types());
		model.addAttribute("groupNames", this.choices.groupNames());
		model.addAttribute("mayViewFull", this.access.mayViewFull());
		return "registry/person";
	}

	@PostMapping(PATH + "/persons/{id}/groups")
	String enrol(@PathVariable long id, @RequestParam String groupCode, RedirectAttributes redirect) {
		this.groups.enrol(id, groupCode, null);
		return "redirect:" + PATH + "/persons/" + id;
	}

	@GetMapping(PATH + "/persons/{id}/visits/new")
	String newVisit(@PathVariable long id, Model model) {
		model.addAttribute("person", this.persons.get(id));
		model.addAttribute("visitForm", new VisitPageForm("", null, null, null, false));
		return "registry/visit";
	}

	@PostMapping(PATH + "/persons/{id}/visits")
	String recordVisit(@PathVariable long id, @Valid @ModelAttribute("visitForm") VisitPageForm form,
			BindingResult errors, RedirectAttributes redirect, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("person", this.persons.get(id));
			return "registry/visit";
		}
		Visits.VisitView visit = this.visits
			.record(new Visits.VisitForm(id, null, form.lat(), form.lng(), form.findings(), form.photoIdList()));
		redirect.addFlashAttribute("visitRecorded", true);
		if (form.followUp()) {
			try {
				visit = this.visits.followUp(visit.id(), null);
				redirect.addFlashAttribute("caseNumber", visit.caseNumber());
			}
			catch (GongzhiException ex) {
				redirect.addFlashAttribute("followUpError", ex.messageKey());
			}
		}
		return "redirect:" + PATH + "/persons/" + id;
	}

	/**
	 * A visit as the page sends it: the photos as ids uploaded by the page's script,
	 * comma separated.
	 */
	record VisitPageForm(@NotBlank @Size(max = 2000) String findings, Double lat, Double lng,
			@Size(max = 400) String photoIds, boolean followUp) {

		List<java.util.UUID> photoIdList() {
			if (this.photoIds == null || this.photoIds.isBlank()) {
				return List.of();
			}
			return java.util.Arrays.stream(this.photoIds.split(","))
				.map(String::strip)
				.filter((id) -> !id.isEmpty())
				.map(java.util.UUID::fromString)
				.toList();
		}

	}

}
