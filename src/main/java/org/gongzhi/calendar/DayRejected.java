package org.gongzhi.calendar;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.http.HttpStatus;

/**
 * A holiday or adjusted working day that cannot be entered, with the field of the form to
 * show the reason next to.
 */
class DayRejected extends GongzhiException {

	private final String field;

	private DayRejected(HttpStatus status, String type, String field, String messageKey, Object... arguments) {
		super(status, type, messageKey, arguments);
		this.field = field;
	}

	static DayRejected invalid(String field, String messageKey, Object... arguments) {
		return new DayRejected(HttpStatus.BAD_REQUEST, "invalid-input", field, messageKey, arguments);
	}

	/** The date is already in the calendar: remove the entry first to change it. */
	static DayRejected duplicate(CalendarDay existing) {
		return new DayRejected(HttpStatus.CONFLICT, "conflict", "date", "calendar.day.duplicate",
				existing.date().toString(), existing.nameZh());
	}

	String field() {
		return this.field;
	}

}
