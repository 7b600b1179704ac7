package org.gongzhi.registry;

import jakarta.validation.Valid;

import org.gongzhi.org.MapPoint;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.registry.HouseForms.BuildingForm;
import org.gongzhi.registry.HouseForms.HouseChange;
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
 * Buildings (楼栋) and houses on the desktop: the buildings of the scope with a form to add
 * one, a building with its houses, a house with its households and residents, and the
 * change of a house. Everything within the caller's scope (404 outside).
 */
@Controller
@PreAuthorize(RegistryAccess.WORKERS)
class HousePages {

	static final String BUILDINGS = RegistryPages.PATH + "/buildings";

	static final String HOUSES = RegistryPages.PATH + "/houses";

	private final Houses houses;

	private final Persons persons;

	private final RegistryChoices choices;

	private final OrgUnits units;

	HousePages(Houses houses, Persons persons, RegistryChoices choices, OrgUnits units) {
		this.houses = houses;
		this.persons = persons;
		this.choices = choices;
		this.units = units;
	}

	@GetMapping(BUILDINGS)
	String buildings(@RequestParam(required = false) String org, Model model) {
		String grid = this.choices.defaultGrid();
		MapPoint centre = (grid != null) ? this.units.mapCentre(grid).orElse(null) : null;
		model.addAttribute("buildingForm", new BuildingForm(grid, "", null, null, null,
				(centre != null) ? centre.lat() : null, (centre != null) ? centre.lng() : null));
		return buildingsPage(org, model);
	}

	@PostMapping(BUILDINGS)
	String addBuilding(@Valid @ModelAttribute("buildingForm") BuildingForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("adding", true);
			return buildingsPage(null, model);
		}
		Houses.Building building = this.houses.addBuilding(form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + BUILDINGS + "/" + building.code();
	}

	private String buildingsPage(String org, Model model) {
		model.addAttribute("buildings", this.houses.buildings(org));
		model.addAttribute("grids", this.choices.grids());
		model.addAttribute("gridNames", this.choices.gridNames());
		model.addAttribute("org", org);
		return "registry/buildings";
	}

	@GetMapping(BUILDINGS + "/{code}")
	String building(@PathVariable String code, Model model) {
		Houses.Building building = this.houses.building(code);
		model.addAttribute("building", building);
		model.addAttribute("gridName", this.units.nameOf(building.gridCode()));
		model.addAttribute("houses", this.houses.houses(null, null, building.code(), 0, 100));
		return "registry/building";
	}

	@GetMapping(HOUSES + "/{id}")
	String house(@PathVariable long id, Model model) {
		Houses.HouseView house = this.houses.house(id);
		model.addAttribute("house", house);
		model.addAttribute("gridName", this.units.nameOf(house.orgCode()));
		model.addAttribute("buildingName",
				(house.buildingCode() != null) ? this.units.nameOf(house.buildingCode()) : null);
		model.addAttribute("households", this.houses.households(id));
		model.addAttribute("residents",
				this.persons.list(new PersonFilter(null, null, null, id, null, null, false, 0, 100)));
		return "registry/house";
	}

	@GetMapping(HOUSES + "/{id}/edit")
	String editHouse(@PathVariable long id, Model model) {
		Houses.HouseView house = this.houses.house(id);
		model.addAttribute("houseChange", HouseChange.of(house));
		return editPage(house, model);
	}

	@PostMapping(HOUSES + "/{id}/edit")
	String updateHouse(@PathVariable long id, @Valid @ModelAttribute("houseChange") HouseChange form,
			BindingResult errors, RedirectAttributes redirect, Model model) {
		Houses.HouseView house = this.houses.house(id);
		if (!errors.hasErrors()) {
			try {
				this.houses.updateHouse(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + HOUSES + "/" + id;
			}
			catch (GongzhiException ex) {
				errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return editPage(house, model);
	}

	private String editPage(Houses.HouseView house, Model model) {
		model.addAttribute("house", house);
		model.addAttribute("uses", HouseUse.values());
		model.addAttribute("occupancies", Occupancy.values());
		return "registry/house-edit";
	}

}
