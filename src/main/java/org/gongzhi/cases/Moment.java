package org.gongzhi.cases;

import java.time.Instant;

import org.gongzhi.calendar.WorkingCalendar;

/**
 * When and by whom a transition happens, with the calendar its deadlines are counted in.
 *
 * @param at the time of the transition
 * @param actor who makes it
 * @param calendar working time for deadlines
 */
record Moment(Instant at, Actor actor, WorkingCalendar calendar) {

	Long actorId() {
		return (this.actor != null) ? this.actor.userId() : null;
	}

}
