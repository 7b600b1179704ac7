package org.gongzhi.calendar;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gongzhi.calendar.Calendars.at;

/**
 * Deadlines in working time on the 2026 calendar, office hours 08:30–12:00 and
 * 13:30–17:30 Beijing time. No Spring, no database.
 */
class WorkingScheduleTest {

	private final WorkingSchedule calendar = Calendars.of2026();

	@Test
	void aDeadlineThatRunsPastTheEveningContinuesNextMorning() {
		// Tuesday 17:00: half an hour today, one and a half tomorrow from 08:30
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T17:00"), Duration.ofHours(2)))
			.isEqualTo(at("2026-03-11T10:00"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T17:00"), Duration.ofMinutes(90)))
			.isEqualTo(at("2026-03-11T09:30"));
		assertThat(this.calendar.workingTimeBetween(at("2026-03-10T17:00"), at("2026-03-11T10:00")))
			.isEqualTo(Duration.ofHours(2));
	}

	@Test
	void theLunchBreakDoesNotCount() {
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T11:00"), Duration.ofHours(2)))
			.isEqualTo(at("2026-03-10T14:30"));
		assertThat(this.calendar.workingTimeBetween(at("2026-03-10T11:00"), at("2026-03-10T14:30")))
			.isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aDeadlineThatUsesUpAPeriodEndsWithIt() {
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T10:00"), Duration.ofHours(2)))
			.isEqualTo(at("2026-03-10T12:00"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T08:30"), Duration.ofMinutes(450)))
			.isEqualTo(at("2026-03-10T17:30"));
	}

	@Test
	void theWeekendIsSkipped() {
		// Friday 16:00 + 4 h: 1.5 h on Friday, 2.5 h on Monday
		assertThat(this.calendar.addWorkingTime(at("2026-03-13T16:00"), Duration.ofHours(4)))
			.isEqualTo(at("2026-03-16T11:00"));
		assertThat(this.calendar.workingTimeBetween(at("2026-03-13T16:00"), at("2026-03-16T11:00")))
			.isEqualTo(Duration.ofHours(4));
	}

	@Test
	void theNationalDayHolidayIsSkipped() {
		// Wednesday 30 September 16:00 + 4 h: 1.5 h, then 1–7 October off, 2.5 h on the
		// 8th
		assertThat(this.calendar.addWorkingTime(at("2026-09-30T16:00"), Duration.ofHours(4)))
			.isEqualTo(at("2026-10-08T11:00"));
		assertThat(this.calendar.workingTimeBetween(at("2026-09-30T16:00"), at("2026-10-08T11:00")))
			.isEqualTo(Duration.ofHours(4));
		assertThat(Calendars.weekdaysOnly().addWorkingTime(at("2026-09-30T16:00"), Duration.ofHours(4)))
			.as("without the holiday the deadline would fall on 1 October")
			.isEqualTo(at("2026-10-01T11:00"));
	}

	@Test
	void anAdjustedWorkingSaturdayCounts() {
		// 10 October 2026 is a Saturday worked in exchange for the National Day holiday
		assertThat(this.calendar.addWorkingTime(at("2026-10-09T17:00"), Duration.ofHours(1)))
			.isEqualTo(at("2026-10-10T09:00"));
		assertThat(Calendars.weekdaysOnly().addWorkingTime(at("2026-10-09T17:00"), Duration.ofHours(1)))
			.isEqualTo(at("2026-10-12T09:00"));
	}

	@Test
	void anAdjustedWorkingSundayCountsButTheSaturdayBeforeItDoesNot() {
		// 20 September 2026 is a Sunday worked; Saturday the 19th stays a rest day
		assertThat(this.calendar.addWorkingTime(at("2026-09-18T17:00"), Duration.ofHours(1)))
			.isEqualTo(at("2026-09-20T09:00"));
		assertThat(this.calendar.workingTimeBetween(at("2026-09-19T00:00"), at("2026-09-21T00:00")))
			.isEqualTo(Duration.ofHours(7).plusMinutes(30));
	}

	@Test
	void aStartOutsideWorkingHoursCountsFromTheNextWorkingMoment() {
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T07:00"), Duration.ofHours(1))).as("before work")
			.isEqualTo(at("2026-03-10T09:30"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T12:30"), Duration.ofHours(1))).as("at lunch")
			.isEqualTo(at("2026-03-10T14:30"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T21:00"), Duration.ofHours(1))).as("at night")
			.isEqualTo(at("2026-03-11T09:30"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-14T10:00"), Duration.ofHours(1))).as("on a Saturday")
			.isEqualTo(at("2026-03-16T09:30"));
		assertThat(this.calendar.addWorkingTime(at("2026-02-16T10:00"), Duration.ofHours(1)))
			.as("in the Spring Festival")
			.isEqualTo(at("2026-02-24T09:30"));
	}

	@Test
	void aZeroAmountIsTheStartWhenWorkingAndTheNextWorkingMomentOtherwise() {
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T10:15"), Duration.ZERO))
			.isEqualTo(at("2026-03-10T10:15"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T12:00"), Duration.ZERO))
			.isEqualTo(at("2026-03-10T13:30"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-10T18:00"), Duration.ZERO))
			.isEqualTo(at("2026-03-11T08:30"));
		assertThat(this.calendar.addWorkingTime(at("2026-09-30T18:00"), Duration.ZERO))
			.isEqualTo(at("2026-10-08T08:30"));
	}

	@Test
	void noWorkingTimePassesBackwardsOrOutsideWorkingHours() {
		assertThat(this.calendar.workingTimeBetween(at("2026-03-10T11:00"), at("2026-03-10T10:00"))).isZero();
		assertThat(this.calendar.workingTimeBetween(at("2026-03-10T11:00"), at("2026-03-10T11:00"))).isZero();
		assertThat(this.calendar.workingTimeBetween(at("2026-03-10T12:05"), at("2026-03-10T13:25"))).isZero();
		assertThat(this.calendar.workingTimeBetween(at("2026-10-01T00:00"), at("2026-10-08T00:00"))).isZero();
	}

	@Test
	void aLongDeadlineJumpsWeeksYetStopsForHolidays() {
		// 20 working days of 7.5 h from Monday 7 September 2026 08:30: 9/7–9/30 hold
		// 18 weekdays, less 9/25 (中秋) and plus Sunday 9/20 = 18 working days; 1–7
		// October are off; 10/8 and 10/9 make 20
		assertThat(this.calendar.addWorkingTime(at("2026-09-07T08:30"), Duration.ofMinutes(20 * 450)))
			.isEqualTo(at("2026-10-09T17:30"));
		assertThat(this.calendar.workingTimeBetween(at("2026-01-01T00:00"), at("2027-01-01T00:00")))
			.as("2026: 261 weekdays − 19 holidays on weekdays + 6 adjusted days = 248 working days")
			.isEqualTo(Duration.ofMinutes(248L * 450));
	}

	@Test
	void otherWorkingHoursAreFollowed() {
		WorkingSchedule summer = new WorkingSchedule(Calendars.BEIJING, WorkingHours.parse("08:00-12:00, 15:00-18:00"),
				Calendars.official2026());
		assertThat(summer.addWorkingTime(at("2026-07-01T11:00"), Duration.ofHours(2)))
			.isEqualTo(at("2026-07-01T16:00"));
		assertThat(summer.addWorkingTime(at("2026-07-01T17:00"), Duration.ofHours(2)))
			.isEqualTo(at("2026-07-02T09:00"));
	}

	@Test
	void aNegativeAmountIsAProgrammingError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.addWorkingTime(at("2026-03-10T10:00"), Duration.ofMinutes(-1)));
	}

	@Test
	void clockTimeCallersGetPlainArithmetic() {
		Instant friday = at("2026-09-30T16:00");
		assertThat(this.calendar.deadline(friday, Duration.ofHours(4), TimeBasis.CLOCK))
			.isEqualTo(at("2026-09-30T20:00"));
		assertThat(this.calendar.deadline(friday, Duration.ofHours(4), TimeBasis.WORKING))
			.isEqualTo(at("2026-10-08T11:00"));
		assertThat(this.calendar.elapsed(friday, at("2026-10-08T11:00"), TimeBasis.CLOCK))
			.isEqualTo(Duration.ofHours(187));
		assertThat(this.calendar.elapsed(friday, at("2026-10-08T11:00"), TimeBasis.WORKING))
			.isEqualTo(Duration.ofHours(4));
		assertThat(this.calendar.elapsed(friday, friday.minusSeconds(1), TimeBasis.CLOCK)).isZero();
	}

	@Test
	void workingTimeIsTheStartInclusiveAndTheEndExclusiveOfEachPeriod() {
		assertThat(this.calendar.isWorkingTime(at("2026-03-10T08:30"))).isTrue();
		assertThat(this.calendar.isWorkingTime(at("2026-03-10T12:00"))).isFalse();
		assertThat(this.calendar.isWorkingTime(at("2026-10-10T09:00"))).isTrue();
		assertThat(this.calendar.isWorkingTime(at("2026-10-08T07:00"))).isFalse();
	}

}
