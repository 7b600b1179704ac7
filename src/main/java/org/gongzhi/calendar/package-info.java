/**
 * The working calendar: working hours, weekends, public holidays and adjusted working
 * days (调休), kept as data by district administrators on {@code /admin/calendar} and
 * shipped with the State Council's official schedules. Deadlines of the case closed loop
 * are computed in its working time through {@link org.gongzhi.calendar.WorkingCalendar}
 * (with {@link org.gongzhi.calendar.TimeBasis} for those that run on clock time);
 * {@link org.gongzhi.calendar.WorkingCalendarChanged} announces each change.
 */
package org.gongzhi.calendar;
