package org.gongzhi.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One period of working hours within a day, e.g. 08:30–12:00: the start counts, the end
 * does not.
 *
 * @param start when work begins
 * @param end when it stops, after the start on the same day
 */
record WorkingPeriod(LocalTime start, LocalTime end) {

	WorkingPeriod {
		if (!start.isBefore(end)) {
			throw new InvalidHoursException("calendar.hours.order", start + "-" + end);
		}
	}

	Duration length() {
		return Duration.between(this.start, this.end);
	}

	/** The part of this period between two times of the same day. */
	long overlapNanos(LocalTime from, LocalTime to) {
		LocalTime begin = this.start.isAfter(from) ? this.start : from;
		LocalTime finish = this.end.isBefore(to) ? this.end : to;
		return begin.isBefore(finish) ? Duration.between(begin, finish).toNanos() : 0;
	}

	@Override
	public String toString() {
		return this.start + "-" + this.end;
	}

}
