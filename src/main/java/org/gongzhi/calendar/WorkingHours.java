package org.gongzhi.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The working hours of a working day: one or more periods in order, not overlapping, e.g.
 * 08:30–12:00 and 13:30–17:30.
 *
 * @param periods the periods, earliest first
 */
record WorkingHours(List<WorkingPeriod> periods) {

	/** More periods than this is almost certainly a typing error. */
	static final int MAX_PERIODS = 4;

	private static final Pattern PERIOD = Pattern.compile("(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");

	private static final Pattern DASH = Pattern.compile("\\s*[-–—~～至到]\\s*");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，;；、]+");

	WorkingHours {
		if (periods.isEmpty()) {
			throw new InvalidHoursException("calendar.hours.empty");
		}
		if (periods.size() > MAX_PERIODS) {
			throw new InvalidHoursException("calendar.hours.too-many", String.valueOf(MAX_PERIODS));
		}
		periods = periods.stream().sorted(Comparator.comparing(WorkingPeriod::start)).toList();
		for (int i = 1; i < periods.size(); i++) {
			if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
				throw new InvalidHoursException("calendar.hours.overlap", periods.get(i - 1).toString(),
						periods.get(i).toString());
			}
		}
	}

	/**
	 * Reads periods as people write them: {@code 08:30-12:00, 13:30-17:30} (also with 至,
	 * ～ or a dash, separated by commas, 、 or spaces).
	 */
	static WorkingHours parse(String text) {
		String normalized = DASH.matcher((text != null) ? text.strip() : "").replaceAll("-");
		List<WorkingPeriod> periods = new ArrayList<>();
		for (String token : SEPARATORS.split(normalized)) {
			if (token.isEmpty()) {
				continue;
			}
			Matcher matcher = PERIOD.matcher(token);
			if (!matcher.matches()) {
				throw new InvalidHoursException("calendar.hours.format", token);
			}
			periods.add(new WorkingPeriod(time(matcher.group(1)), time(matcher.group(2))));
		}
		return new WorkingHours(periods);
	}

	/** Working time of one full working day. */
	Duration daily() {
		return this.periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
	}

	/** As {@link #parse} reads it. */
	public String text() {
		return this.periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(", "));
	}

	private static LocalTime time(String text) {
		try {
			return LocalTime.parse((text.length() == 4) ? "0" + text : text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidHoursException("calendar.hours.format", text);
		}
	}

}
