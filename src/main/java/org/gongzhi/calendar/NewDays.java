package org.gongzhi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A run of days of one kind and name to enter, from {@code first} to {@code last}
 * inclusive.
 */
record NewDays(LocalDate first, LocalDate last, DayKind kind, String nameZh, String nameEn) {

	List<CalendarDay> days() {
		return this.first.datesUntil(this.last.plusDays(1))
			.map((date) -> new CalendarDay(date, this.kind, this.nameZh, this.nameEn))
			.toList();
	}

}
