package org.gongzhi.calendar;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working hours as an administrator types them. */
class WorkingHoursTest {

	@Test
	void periodsAreReadAsPeopleWriteThem() {
		assertThat(WorkingHours.parse("08:30-12:00, 13:30-17:30").periods()).containsExactly(
				new WorkingPeriod(LocalTime.of(8, 30), LocalTime.of(12, 0)),
				new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 30)));
		assertThat(WorkingHours.parse(" 13:30至17:30、8:30 – 12:00 ").text()).isEqualTo("08:30-12:00, 13:30-17:30");
		assertThat(WorkingHours.parse("08:30-12:00, 13:30-17:30").daily()).isEqualTo(Duration.ofMinutes(450));
	}

	@Test
	void nothingUnreadableOverlappingOrBackwardsIsAccepted() {
		assertRejected("", "calendar.hours.empty");
		assertRejected("8 to 12", "calendar.hours.format");
		assertRejected("08:30-12:00, lunch", "calendar.hours.format");
		assertRejected("08:30-25:00", "calendar.hours.format");
		assertRejected("12:00-08:30", "calendar.hours.order");
		assertRejected("08:30-12:00, 11:30-17:30", "calendar.hours.overlap");
		assertRejected("01:00-02:00, 03:00-04:00, 05:00-06:00, 07:00-08:00, 09:00-10:00", "calendar.hours.too-many");
	}

	private static void assertRejected(String text, String messageKey) {
		assertThatThrownBy(() -> WorkingHours.parse(text)).isInstanceOf(InvalidHoursException.class)
			.hasMessage(messageKey);
	}

}
