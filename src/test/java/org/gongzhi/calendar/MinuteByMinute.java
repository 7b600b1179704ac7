package org.gongzhi.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The obvious, slow answer the fast arithmetic must agree with: walks minute by minute
 * and asks of each whether it is working time. Written without any code of the calendar.
 */
final class MinuteByMinute {

	private final ZoneId zone;

	private final LocalTime[][] periods;

	private final Map<LocalDate, DayKind> exceptions;

	MinuteByMinute(ZoneId zone, LocalTime[][] periods, Map<LocalDate, DayKind> exceptions) {
		this.zone = zone;
		this.periods = periods;
		this.exceptions = exceptions;
	}

	static MinuteByMinute officeHours(Map<LocalDate, DayKind> exceptions) {
		return new MinuteByMinute(Calendars.BEIJING, new LocalTime[][] { { LocalTime.of(8, 30), LocalTime.of(12, 0) },
				{ LocalTime.of(13, 30), LocalTime.of(17, 30) } }, exceptions);
	}

	/** For starts and amounts in whole minutes. */
	Instant add(Instant start, Duration amount) {
		LocalDateTime minute = LocalDateTime.ofInstant(start, this.zone);
		long counted = 0;
		while (true) {
			if (working(minute)) {
				if (counted == amount.toMinutes()) {
					return minute.atZone(this.zone).toInstant();
				}
				counted++;
				if (counted == amount.toMinutes()) {
					return minute.plusMinutes(1).atZone(this.zone).toInstant();
				}
			}
			minute = minute.plusMinutes(1);
		}
	}

	/** For instants in whole minutes. */
	Duration between(Instant start, Instant end) {
		long minutes = 0;
		LocalDateTime last = LocalDateTime.ofInstant(end, this.zone);
		for (LocalDateTime minute = LocalDateTime.ofInstant(start, this.zone); minute
			.isBefore(last); minute = minute.plusMinutes(1)) {
			if (working(minute)) {
				minutes++;
			}
		}
		return Duration.ofMinutes(minutes);
	}

	private boolean working(LocalDateTime minute) {
		DayKind kind = this.exceptions.get(minute.toLocalDate());
		boolean workingDay = (kind != null) ? kind == DayKind.WORKDAY
				: minute.getDayOfWeek() != DayOfWeek.SATURDAY && minute.getDayOfWeek() != DayOfWeek.SUNDAY;
		if (!workingDay) {
			return false;
		}
		for (LocalTime[] period : this.periods) {
			if (!minute.toLocalTime().isBefore(period[0]) && minute.toLocalTime().isBefore(period[1])) {
				return true;
			}
		}
		return false;
	}

}
