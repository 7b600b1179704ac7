package org.gongzhi.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new grid in a community; the outline is optional and may be drawn on the map. */
record GridForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(2000) Integer households,
		String outline) {

	static GridForm empty() {
		return new GridForm("", null, "");
	}

}
