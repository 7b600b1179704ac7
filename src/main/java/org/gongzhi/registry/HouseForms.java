package org.gongzhi.registry;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of buildings, houses and households. */
final class HouseForms {

	private HouseForms() {
	}

	/**
	 * A new building (楼栋) of a grid: the org tree gets the building, the registry its
	 * floors and units.
	 */
	record BuildingForm(@NotBlank @Size(max = 18) String gridCode, @NotBlank @Size(max = 100) String name,
			@Min(1) @Max(200) Integer floors, @Min(1) @Max(50) Integer units,
			@NotNull @Min(1) @Max(5000) Integer households, @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng) {
	}

	/**
	 * A house (房屋): in a building of the org tree, or alone in a grid.
	 */
	record HouseForm(@Size(max = 18) String gridCode, @Size(max = 18) String buildingCode,
			@NotBlank @Size(max = 200) String address, @Size(max = 10) String unitNo,
			@Min(-5) @Max(200) Integer floorNo, @Size(max = 10) String roomNo,
			@DecimalMin("0") @DecimalMax("100000") BigDecimal area, @NotNull HouseUse use, @NotNull Occupancy occupancy,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lng) {
	}

	/**
	 * A change of a house: what it is, not where (its grid and building stay, and so the
	 * households and persons in it).
	 */
	record HouseChange(@NotBlank @Size(max = 200) String address, @Size(max = 10) String unitNo,
			@Min(-5) @Max(200) Integer floorNo, @Size(max = 10) String roomNo,
			@DecimalMin("0") @DecimalMax("100000") BigDecimal area, @NotNull HouseUse use, @NotNull Occupancy occupancy,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lng) {

		static HouseChange of(Houses.HouseView house) {
			return new HouseChange(house.address(), house.unitNo(), house.floorNo(), house.roomNo(), house.area(),
					house.use(), house.occupancy(), house.lat(), house.lng());
		}

	}

	/** A new household in a house. */
	record HouseholdForm(@NotNull Long houseId) {
	}

}
