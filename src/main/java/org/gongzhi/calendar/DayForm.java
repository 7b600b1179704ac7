package org.gongzhi.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A holiday or adjusted working day to enter, from the page or the API; {@code until}
 * makes it a run of days, e.g. the seven days of 国庆节.
 */
record DayForm(@NotBlank(message = "{calendar.day.date-missing}") String date, String until,
		@NotBlank(message = "{calendar.day.kind-invalid}") @Pattern(regexp = "HOLIDAY|WORKDAY",
				message = "{calendar.day.kind-invalid}") String kind,
		@NotBlank(message = "{calendar.day.name-missing}") @Size(max = 50) String nameZh,
		@Size(max = 80) String nameEn) {

	/** More than a month at once is a typing error, not a holiday. */
	static final int MAX_DAYS = 31;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static DayForm empty() {
		return new DayForm("", "", DayKind.HOLIDAY.name(), "", "");
	}

	/** The days to enter, after the checks the annotations cannot make. */
	NewDays toNewDays() {
		LocalDate first = parse("date", this.date);
		LocalDate last = (this.until == null || this.until.isBlank()) ? first : parse("until", this.until);
		if (last.isBefore(first)) {
			throw DayRejected.invalid("until", "calendar.day.until-before", first.toString());
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw DayRejected.invalid("until", "calendar.day.too-many", String.valueOf(MAX_DAYS));
		}
		String english = (this.nameEn == null || this.nameEn.isBlank()) ? null : this.nameEn.strip();
		return new NewDays(first, last, DayKind.valueOf(this.kind), this.nameZh.strip(), english);
	}

	private static LocalDate parse(String field, String text) {
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
				throw DayRejected.invalid(field, "calendar.day.out-of-range", String.valueOf(EARLIEST.getYear()),
						String.valueOf(LATEST.getYear()));
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw DayRejected.invalid(field, "calendar.day.invalid-date", text.strip());
		}
	}

}
