package org.gongzhi.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working calendar. The hours here apply until an administrator sets
 * others on {@code /admin/calendar}, and again after they are restored.
 *
 * @param zone the time zone whose clock the working hours are read on
 * @param hours the working hours, e.g. {@code 08:30-12:00, 13:30-17:30}
 */
@ConfigurationProperties("gongzhi.calendar")
record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("08:30-12:00, 13:30-17:30") String hours) {

	/** The configured hours; a typing error stops the start with the property named. */
	WorkingHours configuredHours() {
		try {
			return WorkingHours.parse(this.hours);
		}
		catch (InvalidHoursException ex) {
			throw new IllegalStateException("gongzhi.calendar.hours '" + this.hours + "' cannot be used: "
					+ ex.messageKey() + " " + java.util.Arrays.toString(ex.arguments()), ex);
		}
	}

}
