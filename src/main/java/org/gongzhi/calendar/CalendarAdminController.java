package org.gongzhi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the working calendar: working hours, the holidays and
 * adjusted working days of a year as a list and as month grids. Form errors show next to
 * the field; every success redirects. Administrators below a district see it without the
 * forms.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

	static final String PATH = "/admin/calendar";

	static final String VIEW = "calendar/admin";

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarAdminController(CalendarAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String show(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		return render(year(year), model, locale);
	}

	@PostMapping(PATH + "/days")
	String add(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result,
			@RequestParam(required = false) Integer year, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				NewDays days = form.toNewDays();
				this.administration.add(days);
				redirect.addFlashAttribute("notice", "calendar.day.added");
				redirect.addFlashAttribute("noticeArgs", new Object[] { days.days().size() });
				return redirect(days.first().getYear());
			}
			catch (DayRejected ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return render(year(year), model, locale);
	}

	@PostMapping(PATH + "/days/{date}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		this.administration.remove(date);
		redirect.addFlashAttribute("notice", "calendar.day.removed");
		redirect.addFlashAttribute("noticeArgs", new Object[] { date.toString() });
		return redirect(date.getYear());
	}

	@PostMapping(PATH + "/hours")
	String changeHours(@Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult result,
			@RequestParam(required = false) Integer year, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.changeHours(WorkingHours.parse(form.periods()));
				redirect.addFlashAttribute("notice", "calendar.hours.saved");
				return redirect(year(year));
			}
			catch (InvalidHoursException ex) {
				result.rejectValue("periods", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return render(year(year), model, locale);
	}

	@PostMapping(PATH + "/hours/restore")
	String restoreHours(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		this.administration.restoreConfiguredHours();
		redirect.addFlashAttribute("notice", "calendar.hours.restored");
		return redirect(year(year));
	}

	private String render(int year, Model model, Locale locale) {
		CalendarAdministration.HoursSetting hours = this.administration.hours();
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", DayForm.empty());
		}
		if (!model.containsAttribute("hoursForm")) {
			model.addAttribute("hoursForm", HoursForm.of(hours.hours()));
		}
		List<CalendarDay> days = this.administration.daysOf(year);
		model.addAttribute("year", year);
		model.addAttribute("years", this.administration.years());
		model.addAttribute("days", days);
		model.addAttribute("hours", hours);
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("yearView", YearView.of(year, days, locale));
		model.addAttribute("locale", locale);
		model.addAttribute("mayChange", this.administration.mayChange());
		return VIEW;
	}

	/** The year asked for, this year by default; years without a calendar are 404. */
	private int year(Integer year) {
		if (year == null) {
			return LocalDate.ofInstant(this.clock.instant(), this.administration.hours().zone()).getYear();
		}
		if (year < DayForm.EARLIEST.getYear() || year > DayForm.LATEST.getYear()) {
			throw new NotFoundException("calendar.year.out-of-range", String.valueOf(year));
		}
		return year;
	}

	private static String redirect(int year) {
		return "redirect:" + PATH + "?year=" + year;
	}

}
