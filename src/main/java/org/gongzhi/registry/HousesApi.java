package org.gongzhi.registry;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.gongzhi.registry.HouseForms.BuildingForm;
import org.gongzhi.registry.HouseForms.HouseChange;
import org.gongzhi.registry.HouseForms.HouseForm;
import org.gongzhi.registry.HouseForms.HouseholdForm;

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

/** Buildings, houses and households over REST, within the caller's scope. */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "registry")
@PreAuthorize(RegistryAccess.WORKERS)
class HousesApi {

	private final Houses houses;

	HousesApi(Houses houses) {
		this.houses = houses;
	}

	@PostMapping("/buildings")
	@Operation(summary = "Adds a building (楼栋) with floors and units to a grid")
	ResponseEntity<Houses.Building> addBuilding(@Valid @RequestBody BuildingForm form) {
		Houses.Building building = this.houses.addBuilding(form);
		return ResponseEntity.created(URI.create("/api/registry/buildings?within=" + building.code())).body(building);
	}

	@GetMapping("/buildings")
	@Operation(summary = "The buildings below an org unit (default: the caller's scope)")
	List<Houses.Building> buildings(@RequestParam(required = false) String within) {
		return this.houses.buildings(within);
	}

	@GetMapping("/buildings/{code}")
	@Operation(summary = "One building with its floors, units and number of houses")
	Houses.Building building(@PathVariable String code) {
		return this.houses.building(code);
	}

	@PostMapping("/houses")
	@Operation(summary = "Adds a house in a building or a grid")
	ResponseEntity<Houses.HouseView> addHouse(@Valid @RequestBody HouseForm form) {
		Houses.HouseView house = this.houses.addHouse(form);
		return ResponseEntity.created(URI.create("/api/registry/houses/" + house.id())).body(house);
	}

	@GetMapping("/houses")
	@Operation(summary = "Houses of the caller's scope by address, org unit or building")
	List<Houses.HouseView> houses(@RequestParam(required = false) String q, @RequestParam(required = false) String org,
			@RequestParam(required = false) String building, @RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.houses.houses(q, org, building, offset, limit);
	}

	@GetMapping("/houses/{id}")
	@Operation(summary = "One house")
	Houses.HouseView house(@PathVariable long id) {
		return this.houses.house(id);
	}

	@PutMapping("/houses/{id}")
	@Operation(summary = "Changes a house (address, rooms, area, use, occupancy, point); its grid and building stay")
	Houses.HouseView updateHouse(@PathVariable long id, @Valid @RequestBody HouseChange form) {
		return this.houses.updateHouse(id, form);
	}

	@GetMapping("/houses/{id}/households")
	@Operation(summary = "The households of a house")
	List<Houses.HouseholdView> households(@PathVariable long id) {
		return this.houses.households(id);
	}

	@PostMapping("/households")
	@Operation(summary = "Adds a household to a house")
	ResponseEntity<Houses.HouseholdView> addHousehold(@Valid @RequestBody HouseholdForm form) {
		Houses.HouseholdView household = this.houses.addHousehold(form.houseId());
		return ResponseEntity.created(URI.create("/api/registry/households/" + household.id())).body(household);
	}

	@GetMapping("/households/{id}")
	@Operation(summary = "One household")
	Houses.HouseholdView household(@PathVariable long id) {
		return this.houses.household(id);
	}

}
