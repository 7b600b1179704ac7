package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.gongzhi.calendar.WorkingCalendar;

/**
 * The SLA clock of a case: the deadline each stage got when it began, the running stage
 * with its start, 80 % mark and deadline, the overdue level the SLA watch gave it, and
 * whether any stage ended past its deadline. 特急 cases count clock time, the others
 * working time.
 */
final class CaseClock {

	/** The deadline of each stage that has begun, the latest run of it. */
	final Map<Stage, Instant> deadlines = new EnumMap<>(Stage.class);

	/** The running stage, {@code null} if none. */
	Stage stage;

	Instant startedAt;

	/** When 80 % of the running stage's time is used (yellow). */
	Instant warnAt;

	Instant deadline;

	OverdueLevel overdueLevel;

	/** Whether a stage ended past its deadline (the case is not closed on time). */
	boolean late;

	void begin(Stage next, Duration limit, Priority priority, Instant at, WorkingCalendar calendar) {
		Instant due = after(at, limit, priority, calendar);
		this.deadlines.put(next, due);
		this.stage = next;
		this.startedAt = at;
		this.deadline = due;
		this.warnAt = after(at, limit.multipliedBy(4).dividedBy(5), priority, calendar);
		this.overdueLevel = null;
	}

	/** Ends a stage; whether it ended within its limit (if not, the case is late). */
	boolean complete(Stage finished, Instant at) {
		Instant due = this.deadlines.get(finished);
		boolean within = due == null || !at.isAfter(due);
		if (!within) {
			this.late = true;
		}
		clear();
		return within;
	}

	/** No stage runs any more (closed, or given up). */
	void clear() {
		this.stage = null;
		this.startedAt = null;
		this.warnAt = null;
		this.deadline = null;
		this.overdueLevel = null;
	}

	/** An approved extension moves the handle deadline. */
	void extendHandle(Instant newDeadline, Priority priority, WorkingCalendar calendar) {
		this.deadlines.put(Stage.HANDLE, newDeadline);
		if (this.stage == Stage.HANDLE) {
			this.deadline = newDeadline;
			this.warnAt = (priority == Priority.URGENT)
					? this.startedAt.plus(Duration.between(this.startedAt, newDeadline).multipliedBy(4).dividedBy(5))
					: calendar.addWorkingTime(this.startedAt,
							calendar.workingTimeBetween(this.startedAt, newDeadline).multipliedBy(4).dividedBy(5));
			this.overdueLevel = null;
		}
	}

	private static Instant after(Instant start, Duration limit, Priority priority, WorkingCalendar calendar) {
		return (priority == Priority.URGENT) ? start.plus(limit) : calendar.addWorkingTime(start, limit);
	}

}
