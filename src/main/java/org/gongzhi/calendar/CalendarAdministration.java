package org.gongzhi.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to the calendar: enter and remove holidays and adjusted working
 * days, set the working hours or go back to the configured ones. Every change is audited
 * and announced, so that every node's copy follows it.
 */
@Service
class CalendarAdministration {

	private static final String KEY = CalendarStore.DEFAULT;

	private static final String TARGET = "calendar:" + KEY;

	private final CalendarStore store;

	private final StoredCalendar calendar;

	private final AuditLog audit;

	private final CurrentScope scope;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CalendarAdministration(CalendarStore store, StoredCalendar calendar, AuditLog audit, CurrentScope scope,
			Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.scope = scope;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> daysOf(int year) {
		return this.store.daysBetween(KEY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The years that hold entries, earliest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.store.years(KEY);
	}

	/** The hours in force, as this node's copy has them. */
	public HoursSetting hours() {
		StoredCalendar.Snapshot current = this.calendar.current();
		return new HoursSetting(current.schedule().hours(), current.configuredHours(), current.schedule().zone());
	}

	/**
	 * Enters a run of days. An adjusted working day must fall on a weekend (a weekday is
	 * worked anyway); a date already entered is refused, not overwritten.
	 */
	@Transactional
	public List<CalendarDay> add(NewDays days) {
		changing();
		List<CalendarDay> entered = days.days();
		for (CalendarDay day : entered) {
			if (day.kind() == DayKind.WORKDAY && !isWeekend(day.date())) {
				throw DayRejected.invalid("kind", "calendar.day.workday-on-weekday", day.date().toString());
			}
			this.store.day(KEY, day.date()).ifPresent((existing) -> {
				throw DayRejected.duplicate(existing);
			});
		}
		try {
			entered.forEach((day) -> this.store.insert(KEY, day));
		}
		catch (DuplicateKeyException ex) {
			throw DayRejected.duplicate(entered.get(0));
		}
		changed("CALENDAR_DAYS_ADD", days.kind() + " " + days.first() + ".." + days.last() + " " + days.nameZh());
		return entered;
	}

	@Transactional
	public CalendarDay remove(LocalDate date) {
		changing();
		CalendarDay day = this.store.day(KEY, date)
			.orElseThrow(() -> new NotFoundException("calendar.day.not-found", date.toString()));
		this.store.delete(KEY, date);
		changed("CALENDAR_DAY_REMOVE", day.kind() + " " + date + " " + day.nameZh());
		return day;
	}

	@Transactional
	public void changeHours(WorkingHours hours) {
		changing();
		this.store.replacePeriods(KEY, hours.periods());
		changed("CALENDAR_HOURS_SET", hours.text());
	}

	/** Back to the hours of the configuration ({@code gongzhi.calendar.hours}). */
	@Transactional
	public void restoreConfiguredHours() {
		changing();
		this.store.replacePeriods(KEY, List.of());
		changed("CALENDAR_HOURS_RESTORE", null);
	}

	/**
	 * Whether the caller may change the calendar: an administrator of a district or
	 * above, as the calendar serves every street and community alike.
	 */
	public boolean mayChange() {
		return this.scope.user()
			.filter((user) -> user.hasRole(Role.ADMIN))
			.map(GongzhiUser::getOrgCode)
			.filter((code) -> code.length() <= OrgLevel.DISTRICT.codeLength())
			.isPresent();
	}

	/**
	 * Checks the caller, then takes the calendar's row lock, so two changes never
	 * interleave.
	 */
	private void changing() {
		if (!mayChange()) {
			throw new AccessDeniedException("the calendar is changed by district administrators");
		}
		this.store.touch(KEY, this.clock.instant(), this.scope.user().map(GongzhiUser::getUsername).orElse(null));
	}

	private void changed(String action, String detail) {
		this.audit.record(action, TARGET, AuditEntry.Outcome.SUCCESS, detail);
		this.events.publishEvent(new WorkingCalendarChanged(KEY));
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/**
	 * The working hours in force.
	 *
	 * @param hours the periods
	 * @param configured whether they are the configured ones rather than an
	 * administrator's
	 * @param zone the zone they are read in
	 */
	record HoursSetting(WorkingHours hours, boolean configured, ZoneId zone) {
	}

}
