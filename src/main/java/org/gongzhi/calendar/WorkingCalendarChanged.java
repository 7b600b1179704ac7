package org.gongzhi.calendar;

/**
 * An administrator changed the working calendar (hours, holidays or adjusted working
 * days); deadlines computed from now on follow the new state.
 *
 * @param calendarKey the calendar that changed, {@code default} for the installation's
 */
public record WorkingCalendarChanged(String calendarKey) {
}
