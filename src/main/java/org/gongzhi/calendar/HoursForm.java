package org.gongzhi.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Working hours as typed on the page, e.g. {@code 08:30-12:00, 13:30-17:30}. */
record HoursForm(@NotBlank(message = "{calendar.hours.empty}") @Size(max = 200) String periods) {

	static HoursForm of(WorkingHours hours) {
		return new HoursForm(hours.text());
	}

}
