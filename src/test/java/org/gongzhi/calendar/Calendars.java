package org.gongzhi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Fixtures for the pure calendar tests: Beijing time and the State Council's 2026
 * schedule.
 */
final class Calendars {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final WorkingHours OFFICE_HOURS = WorkingHours.parse("08:30-12:00, 13:30-17:30");

	private Calendars() {
	}

	/**
	 * The holidays and adjusted working days of 2026 (国务院办公厅 notice of 4 November 2025).
	 */
	static Map<LocalDate, DayKind> official2026() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		holidays(days, "2026-01-01", "2026-01-03");
		workday(days, "2026-01-04");
		holidays(days, "2026-02-15", "2026-02-23");
		workday(days, "2026-02-14");
		workday(days, "2026-02-28");
		holidays(days, "2026-04-04", "2026-04-06");
		holidays(days, "2026-05-01", "2026-05-05");
		workday(days, "2026-05-09");
		holidays(days, "2026-06-19", "2026-06-21");
		holidays(days, "2026-09-25", "2026-09-27");
		holidays(days, "2026-10-01", "2026-10-07");
		workday(days, "2026-09-20");
		workday(days, "2026-10-10");
		return days;
	}

	static WorkingSchedule of2026() {
		return new WorkingSchedule(BEIJING, OFFICE_HOURS, official2026());
	}

	static WorkingSchedule weekdaysOnly() {
		return new WorkingSchedule(BEIJING, OFFICE_HOURS, Map.of());
	}

	/** An instant written as Beijing wall-clock time, e.g. {@code 2026-09-30T16:00}. */
	static Instant at(String beijingTime) {
		return LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant();
	}

	private static void holidays(Map<LocalDate, DayKind> days, String first, String last) {
		for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
			days.put(day, DayKind.HOLIDAY);
		}
	}

	private static void workday(Map<LocalDate, DayKind> days, String day) {
		days.put(LocalDate.parse(day), DayKind.WORKDAY);
	}

}
