package org.gongzhi.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The arithmetic of working time over one immutable state of the calendar: working hours,
 * Monday to Friday, and dated exceptions (holidays, adjusted working days). It steps a
 * day at a time and jumps over whole weeks that hold no exception, so a deadline months
 * away costs a few hundred steps, not one per minute.
 * <p>
 * Times are read on the local clock of {@code zone}; China has no daylight saving time,
 * and a zone that does would be off by the shift on the day it happens.
 */
final class WorkingSchedule implements WorkingCalendar {

	/** Every seven consecutive days hold five weekdays. */
	private static final int WEEKDAYS_PER_WEEK = 5;

	private final ZoneId zone;

	private final WorkingHours hours;

	private final NavigableMap<LocalDate, DayKind> exceptions;

	private final long dailyNanos;

	private final long weeklyNanos;

	WorkingSchedule(ZoneId zone, WorkingHours hours, Map<LocalDate, DayKind> exceptions) {
		this.zone = zone;
		this.hours = hours;
		this.exceptions = new TreeMap<>(exceptions);
		this.dailyNanos = hours.daily().toNanos();
		this.weeklyNanos = WEEKDAYS_PER_WEEK * this.dailyNanos;
	}

	ZoneId zone() {
		return this.zone;
	}

	WorkingHours hours() {
		return this.hours;
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind kind = this.exceptions.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Whether the instant lies in a working period of a working day. */
	boolean isWorkingTime(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, this.zone);
		return isWorkingDay(local.toLocalDate()) && this.hours.periods()
			.stream()
			.anyMatch((period) -> !local.toLocalTime().isBefore(period.start())
					&& local.toLocalTime().isBefore(period.end()));
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("a negative amount of working time: " + amount);
		}
		long left = amount.toNanos();
		LocalDateTime local = LocalDateTime.ofInstant(start, this.zone);
		LocalDate day = local.toLocalDate();
		LocalTime from = local.toLocalTime();
		while (true) {
			if (isWorkingDay(day)) {
				if (from.equals(LocalTime.MIDNIGHT) && left > this.dailyNanos) {
					left -= this.dailyNanos;
				}
				else {
					for (WorkingPeriod period : this.hours.periods()) {
						LocalTime begin = from.isAfter(period.start()) ? from : period.start();
						if (begin.isBefore(period.end())) {
							long available = Duration.between(begin, period.end()).toNanos();
							if (left <= available) {
								return day.atTime(begin.plusNanos(left)).atZone(this.zone).toInstant();
							}
							left -= available;
						}
					}
				}
			}
			day = day.plusDays(1);
			from = LocalTime.MIDNIGHT;
			// strictly less than what is left: an amount that ends exactly with a week
			// ends at the close of its last working day, which the day loop finds
			long weeks = Math.min((left - 1) / this.weeklyNanos, weeksWithoutException(day));
			if (weeks > 0) {
				day = day.plusWeeks(weeks);
				left -= weeks * this.weeklyNanos;
			}
		}
	}

	@Override
	public Duration workingTimeBetween(Instant start, Instant end) {
		if (!end.isAfter(start)) {
			return Duration.ZERO;
		}
		LocalDateTime from = LocalDateTime.ofInstant(start, this.zone);
		LocalDateTime to = LocalDateTime.ofInstant(end, this.zone);
		if (from.toLocalDate().equals(to.toLocalDate())) {
			return Duration.ofNanos(within(from.toLocalDate(), from.toLocalTime(), to.toLocalTime()));
		}
		long total = within(from.toLocalDate(), from.toLocalTime(), LocalTime.MAX)
				+ wholeDays(from.toLocalDate().plusDays(1), to.toLocalDate())
				+ within(to.toLocalDate(), LocalTime.MIDNIGHT, to.toLocalTime());
		return Duration.ofNanos(total);
	}

	/** Working time of one day between two of its times. */
	private long within(LocalDate day, LocalTime from, LocalTime to) {
		if (!isWorkingDay(day)) {
			return 0;
		}
		long total = 0;
		for (WorkingPeriod period : this.hours.periods()) {
			total += period.overlapNanos(from, to);
		}
		return total;
	}

	/**
	 * Working time of the whole days from {@code first} up to, not including,
	 * {@code end}.
	 */
	private long wholeDays(LocalDate first, LocalDate end) {
		long total = 0;
		LocalDate day = first;
		while (day.isBefore(end)) {
			long weeks = Math.min(ChronoUnit.DAYS.between(day, end) / 7, weeksWithoutException(day));
			if (weeks > 0) {
				total += weeks * this.weeklyNanos;
				day = day.plusWeeks(weeks);
			}
			else {
				total += isWorkingDay(day) ? this.dailyNanos : 0;
				day = day.plusDays(1);
			}
		}
		return total;
	}

	/** How many whole weeks from {@code day} on pass before the next exception. */
	private long weeksWithoutException(LocalDate day) {
		LocalDate next = this.exceptions.ceilingKey(day);
		return (next != null) ? ChronoUnit.DAYS.between(day, next) / 7 : Long.MAX_VALUE;
	}

}
