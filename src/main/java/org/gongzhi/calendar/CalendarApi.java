package org.gongzhi.calendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar over REST: every signed-in user may read it and check a deadline;
 * administrators keep its holidays, adjusted working days and working hours.
 */
@RestController
@RequestMapping("/api/calendar")
@PreAuthorize("isAuthenticated()")
@Tag(name = "calendar", description = "Working hours, public holidays and adjusted working days (调休); deadlines")
class CalendarApi {

	private final CalendarAdministration administration;

	private final WorkingCalendar calendar;

	private final Problems problems;

	private final Clock clock;

	CalendarApi(CalendarAdministration administration, WorkingCalendar calendar, Problems problems, Clock clock) {
		this.administration = administration;
		this.calendar = calendar;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/days")
	@Operation(summary = "The holidays and adjusted working days of a year")
	List<DayView> days(@RequestParam @Min(2000) @Max(2100) int year, Locale locale) {
		return this.administration.daysOf(year).stream().map((day) -> DayView.of(day, locale)).toList();
	}

	@PostMapping("/days")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enter a holiday or an adjusted working day, or a run of them with 'until'")
	List<DayView> add(@Valid @RequestBody DayForm form, Locale locale) {
		return this.administration.add(form.toNewDays()).stream().map((day) -> DayView.of(day, locale)).toList();
	}

	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove the entry of a date")
	void remove(@PathVariable String date) {
		this.administration.remove(date(date));
	}

	@GetMapping("/hours")
	@Operation(summary = "The working hours in force")
	HoursView hours() {
		return HoursView.of(this.administration.hours());
	}

	@PutMapping("/hours")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Set the working hours, e.g. {\"periods\": [{\"start\": \"08:30\", \"end\": \"12:00\"}]}")
	HoursView changeHours(@Valid @RequestBody HoursBody body) {
		this.administration.changeHours(WorkingHours.parse(body.periods()
			.stream()
			.map((period) -> period.start() + "-" + period.end())
			.collect(Collectors.joining(", "))));
		return hours();
	}

	@DeleteMapping("/hours")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Go back to the configured working hours")
	HoursView restoreHours() {
		this.administration.restoreConfiguredHours();
		return hours();
	}

	@GetMapping("/deadline")
	@Operation(summary = "When an amount of working (or clock) time after a start runs out; start defaults to now, "
			+ "as 2026-09-30T16:00+08:00 or in Beijing time as 2026-09-30T16:00")
	Deadline deadline(@RequestParam(required = false) String start,
			@RequestParam @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal hours,
			@RequestParam(defaultValue = "WORKING") TimeBasis basis) {
		Instant from = (start == null || start.isBlank()) ? this.clock.instant() : instant("start", start);
		Duration amount = Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
		Instant deadline = this.calendar.deadline(from, amount, basis);
		return new Deadline(local(from), amount, basis, local(deadline));
	}

	@GetMapping("/working-time")
	@Operation(summary = "The working time between two instants")
	WorkingTime workingTime(@RequestParam String from, @RequestParam String to) {
		Instant start = instant("from", from);
		Instant end = instant("to", to);
		Duration working = this.calendar.workingTimeBetween(start, end);
		return new WorkingTime(local(start), local(end), working, working.toMinutes());
	}

	@ExceptionHandler(DayRejected.class)
	ResponseEntity<ProblemDetail> rejected(DayRejected rejected, Locale locale) {
		return fieldProblem(rejected.status(), rejected.type(), rejected.field(), rejected.messageKey(),
				rejected.arguments(), locale);
	}

	@ExceptionHandler(InvalidHoursException.class)
	ResponseEntity<ProblemDetail> rejected(InvalidHoursException rejected, Locale locale) {
		return fieldProblem(rejected.status(), rejected.type(), "periods", rejected.messageKey(), rejected.arguments(),
				locale);
	}

	/**
	 * A problem whose detail is the reason, and which names the field like a validation
	 * one.
	 */
	private ResponseEntity<ProblemDetail> fieldProblem(HttpStatus status, String type, String field, String key,
			Object[] arguments, Locale locale) {
		ProblemDetail problem = this.problems.of(status, type, key, arguments, locale);
		problem.setProperty("errors",
				List.of(new Problems.FieldProblem(field, this.problems.message(key, arguments, locale))));
		return ResponseEntity.status(status).body(problem);
	}

	private ZoneId zone() {
		return this.administration.hours().zone();
	}

	private OffsetDateTime local(Instant instant) {
		return instant.atZone(zone()).toOffsetDateTime();
	}

	/** An instant with an offset, or a wall-clock time read in the calendar's zone. */
	private Instant instant(String parameter, String text) {
		// a '+' sent unencoded in a query arrives as a space
		String value = text.strip().replace(' ', '+');
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value).atZone(zone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("calendar.instant.invalid", parameter, text);
			}
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("calendar.day.invalid-date", text);
		}
	}

	/**
	 * A holiday or adjusted working day.
	 *
	 * @param date the day
	 * @param weekday its day of the week
	 * @param kind HOLIDAY (放假) or WORKDAY (调休上班)
	 * @param name the name in the caller's language
	 * @param nameZh the Chinese name
	 * @param nameEn the English name, if given
	 */
	record DayView(LocalDate date, DayOfWeek weekday, DayKind kind, String name, String nameZh, String nameEn) {

		static DayView of(CalendarDay day, Locale locale) {
			return new DayView(day.date(), day.date().getDayOfWeek(), day.kind(), day.name(locale), day.nameZh(),
					day.nameEn());
		}

	}

	/**
	 * Working hours.
	 *
	 * @param zone the zone they are read in
	 * @param periods the periods, earliest first
	 * @param dailyMinutes working minutes of a full working day
	 * @param configured whether they are the configured ones rather than an
	 * administrator's
	 */
	record HoursView(ZoneId zone, List<PeriodBody> periods, long dailyMinutes, boolean configured) {

		static HoursView of(CalendarAdministration.HoursSetting setting) {
			return new HoursView(setting.zone(),
					setting.hours()
						.periods()
						.stream()
						.map((period) -> new PeriodBody(period.start().toString(), period.end().toString()))
						.toList(),
					setting.hours().daily().toMinutes(), setting.configured());
		}

	}

	/** New working hours. */
	record HoursBody(@NotEmpty(message = "{calendar.hours.empty}") List<@Valid @NotNull PeriodBody> periods) {
	}

	/** One period, times as {@code HH:mm}. */
	record PeriodBody(@NotNull String start, @NotNull String end) {
	}

	/**
	 * The answer to a deadline question.
	 *
	 * @param start when the time starts to run
	 * @param amount how much time
	 * @param basis working or clock time
	 * @param deadline when it runs out
	 */
	record Deadline(OffsetDateTime start, Duration amount, TimeBasis basis, OffsetDateTime deadline) {
	}

	/**
	 * The working time between two instants.
	 *
	 * @param from the start
	 * @param to the end
	 * @param workingTime the working time between them
	 * @param workingMinutes the same in whole minutes
	 */
	record WorkingTime(OffsetDateTime from, OffsetDateTime to, Duration workingTime, long workingMinutes) {
	}

}
