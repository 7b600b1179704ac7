package org.gongzhi.calendar;

/** What an exception in the calendar makes of its date. */
enum DayKind {

	/** 放假: no work, even on a weekday. */
	HOLIDAY,

	/** 调休上班: an adjusted working day, work even on a Saturday or Sunday. */
	WORKDAY;

	public String labelKey() {
		return "calendar.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
