package org.gongzhi.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.calendar.Calendars.at;

/**
 * Property-style checks over many random starts in 2026: the day-stepping, week-jumping
 * arithmetic gives what walking minute by minute gives, and counting working time is the
 * inverse of adding it. Seeded, so a failure can be replayed.
 */
class WorkingScheduleAgreesWithMinuteByMinuteTest {

	private static final Instant YEAR_START = at("2026-01-01T00:00");

	private static final long MINUTES_IN_YEAR = 365L * 24 * 60;

	private final Random random = new Random(20261001);

	@Test
	void addingAgreesWithTheMinuteByMinuteWalk() {
		Map<LocalDate, DayKind> days = withScatteredExtraDays();
		WorkingSchedule calendar = new WorkingSchedule(Calendars.BEIJING, Calendars.OFFICE_HOURS, days);
		MinuteByMinute walk = MinuteByMinute.officeHours(days);
		for (int i = 0; i < 400; i++) {
			Instant start = randomMinuteOf2026();
			Duration amount = Duration.ofMinutes(this.random.nextInt((i % 4 == 0) ? 60 * 200 : 60 * 20));
			assertThat(calendar.addWorkingTime(start, amount)).as("%s + %s", start, amount)
				.isEqualTo(walk.add(start, amount));
		}
	}

	@Test
	void countingAgreesWithTheMinuteByMinuteWalk() {
		Map<LocalDate, DayKind> days = withScatteredExtraDays();
		WorkingSchedule calendar = new WorkingSchedule(Calendars.BEIJING, Calendars.OFFICE_HOURS, days);
		MinuteByMinute walk = MinuteByMinute.officeHours(days);
		for (int i = 0; i < 400; i++) {
			Instant start = randomMinuteOf2026();
			Instant end = start
				.plus(Duration.ofMinutes(this.random.nextInt((i % 4 == 0) ? 60 * 24 * 120 : 60 * 24 * 10)));
			assertThat(calendar.workingTimeBetween(start, end)).as("%s → %s", start, end)
				.isEqualTo(walk.between(start, end));
		}
	}

	@Test
	void workingTimeBetweenUndoesAddWorkingTime() {
		WorkingSchedule calendar = Calendars.of2026();
		for (int i = 0; i < 5000; i++) {
			Instant start = randomMinuteOf2026().plusSeconds(this.random.nextInt(60));
			Duration amount = Duration.ofSeconds(this.random.nextLong(3600L * 7 * 400));
			Instant deadline = calendar.addWorkingTime(start, amount);
			assertThat(calendar.workingTimeBetween(start, deadline)).as("%s + %s", start, amount).isEqualTo(amount);
			assertThat(deadline).isAfterOrEqualTo(start);
		}
	}

	/**
	 * An end at the very start of a period (08:30) comes back as the close of the
	 * previous one (17:30 the day before): the same working time, so those are left out.
	 */
	@Test
	void addWorkingTimeUndoesWorkingTimeBetweenForEndsInsideWorkingTime() {
		WorkingSchedule calendar = Calendars.of2026();
		int checked = 0;
		while (checked < 2000) {
			Instant start = randomMinuteOf2026();
			Instant end = start.plus(Duration.ofMinutes(1 + this.random.nextInt(60 * 24 * 60)));
			if (calendar.isWorkingTime(end) && calendar.isWorkingTime(end.minusSeconds(1))) {
				assertThat(calendar.addWorkingTime(start, calendar.workingTimeBetween(start, end)))
					.as("%s → %s", start, end)
					.isEqualTo(end);
				checked++;
			}
		}
	}

	/**
	 * The official days plus random ones, so that week jumps meet exceptions anywhere.
	 */
	private Map<LocalDate, DayKind> withScatteredExtraDays() {
		Map<LocalDate, DayKind> days = new HashMap<>(Calendars.official2026());
		for (int i = 0; i < 25; i++) {
			LocalDate day = LocalDate.of(2026, 1, 1).plusDays(this.random.nextInt(365 + 120));
			days.putIfAbsent(day, this.random.nextBoolean() ? DayKind.HOLIDAY : DayKind.WORKDAY);
		}
		return days;
	}

	private Instant randomMinuteOf2026() {
		return YEAR_START.plus(Duration.ofMinutes(this.random.nextLong(MINUTES_IN_YEAR)));
	}

}
