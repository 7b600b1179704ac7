package org.gongzhi.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person to assign to a grid. */
record StaffForm(@NotBlank @Size(max = 100) String personName, @NotNull GridDuty duty) {

	static StaffForm empty() {
		return new StaffForm("", GridDuty.GRID_WORKER);
	}

}
