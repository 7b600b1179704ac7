package org.gongzhi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year as twelve small month grids, Monday first, each day marked as working day, rest
 * day, holiday or adjusted working day: what the administration page draws.
 *
 * @param year the year
 * @param weekdays the column heads, Monday to Sunday, in the reader's language
 * @param months the months, January first
 */
record YearView(int year, List<String> weekdays, List<Month> months) {

	static YearView of(int year, List<CalendarDay> days, Locale locale) {
		Map<LocalDate, CalendarDay> byDate = days.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		List<String> weekdays = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.add(day.getDisplayName(TextStyle.NARROW_STANDALONE, locale));
		}
		List<Month> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(Month.of(YearMonth.of(year, month), byDate, locale));
		}
		return new YearView(year, weekdays, months);
	}

	/**
	 * One month.
	 *
	 * @param name its name in the reader's language
	 * @param weeks its weeks, each seven cells, Monday first; days of the neighbouring
	 * months are empty cells
	 */
	record Month(String name, List<List<Cell>> weeks) {

		static Month of(YearMonth month, Map<LocalDate, CalendarDay> days, Locale locale) {
			List<Cell> cells = new ArrayList<>(
					Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, Cell.EMPTY));
			for (int day = 1; day <= month.lengthOfMonth(); day++) {
				LocalDate date = month.atDay(day);
				cells.add(Cell.of(date, days.get(date), locale));
			}
			while (cells.size() % 7 != 0) {
				cells.add(Cell.EMPTY);
			}
			List<List<Cell>> weeks = new ArrayList<>();
			for (int i = 0; i < cells.size(); i += 7) {
				weeks.add(cells.subList(i, i + 7));
			}
			return new Month(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), weeks);
		}

	}

	/**
	 * One day of a month grid.
	 *
	 * @param date the day, null for an empty cell
	 * @param state {@code work}, {@code rest}, {@code holiday} or {@code workday}
	 * (adjusted working day), also the cell's CSS class
	 * @param name the holiday's name, if any
	 */
	record Cell(LocalDate date, String state, String name) {

		static final Cell EMPTY = new Cell(null, "empty", null);

		static Cell of(LocalDate date, CalendarDay day, Locale locale) {
			if (day != null) {
				return new Cell(date, (day.kind() == DayKind.HOLIDAY) ? "holiday" : "workday", day.name(locale));
			}
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			return new Cell(date, weekend ? "rest" : "work", null);
		}

	}

}
