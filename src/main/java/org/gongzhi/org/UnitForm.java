package org.gongzhi.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator may change of a unit's description. */
record UnitForm(@NotBlank @Size(max = 100) String name,
		@Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{org.form.phone}") String contactPhone,
		@Min(0) @Max(10_000_000) Integer households, @Min(0) @Max(50_000_000) Integer population) {

	static UnitForm of(OrgUnitDetails unit) {
		return new UnitForm(unit.name(), unit.contactPhone(), unit.households(), unit.population());
	}

}
