package org.gongzhi.org;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new building (楼栋) in a grid, located by a point. */
record BuildingForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(5000) Integer households,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng) {

	static BuildingForm empty() {
		return new BuildingForm("", null, null, null);
	}

}
