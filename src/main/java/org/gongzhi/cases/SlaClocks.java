package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongzhi.calendar.WorkingCalendar;

/**
 * The SLA clocks of a case as shown to people: each stage's start, deadline, completion,
 * share of its time used and overdue level (yellow from 80 %, red past the deadline). 特急
 * cases count clock time, the others working time.
 */
final class SlaClocks {

	/** Share of a stage's time from which it is flagged yellow. */
	static final int YELLOW_PERCENT = 80;

	private SlaClocks() {
	}

	static List<StageClock> of(Case subject, Instant now, WorkingCalendar calendar) {
		List<StageClock> clocks = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			Instant deadline = subject.clock.deadlines.get(stage);
			if (deadline == null) {
				continue;
			}
			boolean running = stage == subject.clock.stage;
			Instant started = running ? subject.clock.startedAt : startOf(subject, stage);
			Instant completed = running ? null : completionOf(subject, stage);
			if (started == null || (!running && completed == null)) {
				// a stage given up (a return, a rejection) shows no clock
				continue;
			}
			Instant until = (completed != null) ? completed : now;
			int used = usedPercent(subject.priority, started, until, deadline, calendar);
			OverdueLevel level = until.isAfter(deadline) ? OverdueLevel.RED
					: (used >= YELLOW_PERCENT) ? OverdueLevel.YELLOW : null;
			clocks.add(new StageClock(stage, running, started, deadline, completed, used, level,
					subject.category.sla().limit(stage, subject.priority).toMinutes(),
					subject.priority == Priority.URGENT));
		}
		return clocks;
	}

	/** The overdue level of the running stage now, {@code null} if none or in time. */
	static OverdueLevel level(Instant stageWarnAt, Instant stageDeadline, Instant now) {
		if (stageDeadline == null) {
			return null;
		}
		if (now.isAfter(stageDeadline)) {
			return OverdueLevel.RED;
		}
		return (stageWarnAt != null && !now.isBefore(stageWarnAt)) ? OverdueLevel.YELLOW : null;
	}

	static int usedPercent(Priority priority, Instant start, Instant until, Instant deadline,
			WorkingCalendar calendar) {
		Duration total = (priority == Priority.URGENT) ? Duration.between(start, deadline)
				: calendar.workingTimeBetween(start, deadline);
		Duration used = (priority == Priority.URGENT) ? Duration.between(start, until)
				: calendar.workingTimeBetween(start, until);
		if (total.isZero() || total.isNegative()) {
			return until.isAfter(deadline) ? 100 : 0;
		}
		return (int) Math.max(0, Math.round(100.0 * used.toMillis() / total.toMillis()));
	}

	private static Instant startOf(Case subject, Stage stage) {
		return switch (stage) {
			case ACCEPT -> subject.reportedAt;
			case DISPATCH -> subject.acceptedAt;
			case HANDLE -> subject.dispatchedAt;
			case VERIFY -> subject.handledAt;
		};
	}

	private static Instant completionOf(Case subject, Stage stage) {
		return switch (stage) {
			case ACCEPT -> subject.acceptedAt;
			case DISPATCH -> subject.dispatchedAt;
			case HANDLE -> subject.handledAt;
			case VERIFY -> subject.verifiedAt;
		};
	}

	/**
	 * One stage's clock.
	 *
	 * @param stage the stage
	 * @param running whether it is the stage the case is in
	 * @param startedAt when it began
	 * @param deadline its deadline
	 * @param completedAt when it ended, {@code null} while running
	 * @param usedPercent share of its time used (until now, or until it ended)
	 * @param overdueLevel yellow (≥ 80 %), red (past the deadline) or {@code null}
	 * @param limitMinutes its limit
	 * @param clockTime whether the limit runs on clock time (特急) instead of working time
	 */
	record StageClock(Stage stage, boolean running, Instant startedAt, Instant deadline, Instant completedAt,
			int usedPercent, OverdueLevel overdueLevel, long limitMinutes, boolean clockTime) {
	}

}
