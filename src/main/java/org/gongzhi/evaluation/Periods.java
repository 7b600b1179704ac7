package org.gongzhi.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/** Days folded into weeks and months, every period of a range present. */
final class Periods {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private Periods() {
	}

	/** The key of the period of the grouping that the day lies in. */
	static String keyOf(LocalDate day, GroupBy groupBy) {
		return switch (groupBy) {
			case DAY -> day.toString();
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
			case MONTH -> day.format(MONTH);
			default -> throw new IllegalArgumentException(groupBy.name());
		};
	}

	/** The ISO week of a week's key (its Monday), e.g. {@code 2026-W48}. */
	static String weekName(String monday) {
		LocalDate day = LocalDate.parse(monday);
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * Sums per-day values (keyed by ISO date) into the periods of the grouping, with an
	 * all-zero entry for every period of the range without data.
	 */
	static Map<String, long[]> fold(Map<String, long[]> byDay, GroupBy groupBy, LocalDate from, LocalDate to,
			int width) {
		Map<String, long[]> periods = new HashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			periods.computeIfAbsent(keyOf(day, groupBy), (key) -> new long[width]);
		}
		byDay.forEach((day, values) -> {
			long[] sum = periods.computeIfAbsent(keyOf(LocalDate.parse(day), groupBy), (key) -> new long[width]);
			for (int i = 0; i < width; i++) {
				sum[i] += values[i];
			}
		});
		return periods;
	}

}
