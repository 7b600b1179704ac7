package org.gongzhi.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Monday to Friday, 08:30–12:00 and 13:30–17:30 Beijing time, without holidays: the first
 * cut of the calendar, replaced by the one kept as data.
 */
@Component
class WeekdayCalendar implements WorkingCalendar {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final LocalTime[][] PERIODS = { { LocalTime.of(8, 30), LocalTime.of(12, 0) },
			{ LocalTime.of(13, 30), LocalTime.of(17, 30) } };

	@Override
	public Instant addWorkingTime(Instant start, Duration amount) {
		Duration left = amount;
		LocalDate day = start.atZone(ZONE).toLocalDate();
		Instant cursor = start;
		while (true) {
			if (isWorkingDay(day)) {
				for (LocalTime[] period : PERIODS) {
					Instant from = max(cursor, ZonedDateTime.of(day, period[0], ZONE).toInstant());
					Instant to = ZonedDateTime.of(day, period[1], ZONE).toInstant();
					if (from.isBefore(to)) {
						Duration available = Duration.between(from, to);
						if (available.compareTo(left) >= 0) {
							return from.plus(left);
						}
						left = left.minus(available);
					}
				}
			}
			day = day.plusDays(1);
		}
	}

	@Override
	public Duration workingTimeBetween(Instant start, Instant end) {
		Duration total = Duration.ZERO;
		if (!end.isAfter(start)) {
			return total;
		}
		for (LocalDate day = start.atZone(ZONE).toLocalDate(); !day.isAfter(end.atZone(ZONE).toLocalDate()); day = day
			.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (LocalTime[] period : PERIODS) {
				Instant from = max(start, ZonedDateTime.of(day, period[0], ZONE).toInstant());
				Instant to = min(end, ZonedDateTime.of(day, period[1], ZONE).toInstant());
				if (from.isBefore(to)) {
					total = total.plus(Duration.between(from, to));
				}
			}
		}
		return total;
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
