package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.gongzhi.calendar.WorkingCalendar;

/**
 * The life of one generated case, driven through the same transitions of {@link Case} as
 * the API drives (so the timeline, the clocks and the events are what the domain makes),
 * with plausible delays: most stages well within their time limits, a tail overdue, some
 * rejected, returned, reworked, rated and reopened. Time stops at {@code end}: a case
 * whose life goes on after it stays open there, marked yellow or red as the SLA watch
 * would have marked it.
 */
final class BulkCaseLife {

	/** One timeline entry: the step, when and by whom. */
	record Entry(long id, Instant at, Actor actor, Step step) {
	}

	/** Who acts on the case. */
	record Cast(Actor reporter, Actor dispatcher, Actor unitStaff, Actor rater) {
	}

	private final Case subject;

	private final SplittableRandom random;

	private final WorkingCalendar calendar;

	private final Instant end;

	private final LongSupplier ids;

	private final Cast cast;

	final List<Entry> entries = new ArrayList<>();

	final List<CaseEvent> events = new ArrayList<>();

	private Instant now;

	/** The case as its life left it. */
	Case subject() {
		return this.subject;
	}

	BulkCaseLife(Case subject, SplittableRandom random, WorkingCalendar calendar, Instant end, LongSupplier ids,
			Cast cast) {
		this.subject = subject;
		this.random = random;
		this.calendar = calendar;
		this.end = end;
		this.ids = ids;
		this.cast = cast;
	}

	/**
	 * Lives the case from its report at {@code reportedAt}; {@code unit} is where the
	 * dispatcher sends it, {@code fallbackUnit} where it goes after a return.
	 */
	void live(Instant reportedAt, boolean selfHandled, String unit, String fallbackUnit) {
		this.now = reportedAt;
		Moment report = moment(this.cast.reporter());
		apply(selfHandled ? this.subject.reportSelfHandled(report, null) : this.subject.report(report), report);
		if (!selfHandled && !intake(unit, fallbackUnit)) {
			return;
		}
		if (!verifyAndClose(selfHandled)) {
			return;
		}
		if (!after(logNormalMinutes(300, 1.0)) || this.random.nextDouble() >= 0.6) {
			return;
		}
		double r = this.random.nextDouble();
		Rating rating = (r < 0.78) ? Rating.SATISFIED : (r < 0.92) ? Rating.FAIRLY_SATISFIED : Rating.DISSATISFIED;
		apply(this.subject.evaluate(moment(this.cast.rater()), rating, null));
		if (rating != Rating.DISSATISFIED || this.subject.unitCode == null || this.random.nextDouble() >= 0.3
				|| !after(minutes(60, 1440))) {
			return;
		}
		apply(this.subject.reopen(moment(this.cast.dispatcher()), "重办"));
		if (handle()) {
			verifyAndClose(false);
		}
	}

	/** Accept (or reject), dispatch, perhaps a return, then handling. */
	private boolean intake(String unit, String fallbackUnit) {
		if (!after(logNormalMinutes(20, 1.0))) {
			return false;
		}
		if (this.random.nextDouble() < 0.03) {
			apply(this.subject.reject(moment(this.cast.dispatcher()), "不属于受理范围"));
			return false;
		}
		apply(this.subject.accept(moment(this.cast.dispatcher()), null, null, null));
		if (!after(logNormalMinutes(15, 1.0))) {
			return false;
		}
		apply(this.subject.dispatch(moment(this.cast.dispatcher()), unit, null));
		if (this.random.nextDouble() < 0.04) {
			if (!after(minutes(20, 100))) {
				return false;
			}
			apply(this.subject.giveBack(moment(this.cast.unitStaff()), "非本单位职责"));
			if (!after(minutes(10, 60))) {
				return false;
			}
			apply(this.subject.dispatch(moment(this.cast.dispatcher()), fallbackUnit, null));
		}
		return handle();
	}

	private boolean handle() {
		if (!after(minutes(10, 90))) {
			return false;
		}
		apply(this.subject.start(moment(this.cast.unitStaff()), null));
		if (!after(logNormalMinutes(240, 1.1))) {
			return false;
		}
		apply(this.subject.handle(moment(this.cast.unitStaff()), this.random.nextDouble() < 0.95, null));
		return true;
	}

	/** 核查 (once more after a failed one), then 结案. */
	private boolean verifyAndClose(boolean selfHandled) {
		for (int round = 0;; round++) {
			if (!after(logNormalMinutes(90, 1.0))) {
				return false;
			}
			boolean passed = selfHandled || round > 0 || this.random.nextDouble() >= 0.06;
			List<Step> steps = this.subject.verify(moment(this.cast.dispatcher()), passed, null);
			apply(steps, moment(this.cast.dispatcher()));
			if (passed) {
				break;
			}
			if (!handle()) {
				return false;
			}
		}
		if (!after(minutes(10, 60))) {
			return false;
		}
		apply(this.subject.close(moment(this.cast.dispatcher()), null, null));
		return true;
	}

	/**
	 * Moves time on by {@code delay}, marking the running stage yellow and red on the way
	 * as the SLA watch does; {@code false} when that goes past the end (the case stays as
	 * it is).
	 */
	private boolean after(Duration delay) {
		Instant next = this.now.plus(delay);
		Instant until = next.isAfter(this.end) ? this.end : next;
		watch(until);
		if (next.isAfter(this.end)) {
			return false;
		}
		this.now = next;
		return true;
	}

	private void watch(Instant until) {
		CaseClock clock = this.subject.clock;
		if (clock.stage == null) {
			return;
		}
		if (clock.overdueLevel == null && clock.warnAt != null && !clock.warnAt.isAfter(until)
				&& clock.deadline.isAfter(until)) {
			overdue(OverdueLevel.YELLOW, clock.warnAt);
		}
		if (clock.overdueLevel != OverdueLevel.RED && clock.deadline != null && !clock.deadline.isAfter(until)) {
			overdue(OverdueLevel.RED, clock.deadline);
		}
	}

	private void overdue(OverdueLevel level, Instant at) {
		Case subject = this.subject;
		subject.clock.overdueLevel = level;
		Stage stage = subject.clock.stage;
		Instant marked = at.plusSeconds(30);
		Step step = subject.record(CaseAction.OVERDUE, subject.unitCode, null, Map.of("stage", stage, "level", level),
				(eventId) -> new CaseOverdue(eventId, subject.facts(), marked, null, stage, level, null));
		add(step, marked, null);
	}

	private Moment moment(Actor actor) {
		return new Moment(this.now, actor, this.calendar);
	}

	private void apply(Step step) {
		add(step, this.now, null);
	}

	private void apply(List<Step> steps, Moment moment) {
		steps.forEach((step) -> add(step, moment.at(), moment.actor()));
	}

	private void add(Step step, Instant at, Actor actor) {
		long id = this.ids.getAsLong();
		Actor who = (actor != null || step.action() == CaseAction.OVERDUE) ? actor : actorOf(step);
		this.entries.add(new Entry(id, at, who, step));
		if (step.event() != null) {
			this.events.add(step.event().apply(id));
		}
	}

	/** The actor of a single step, as the moment it was made with named it. */
	private Actor actorOf(Step step) {
		return switch (step.action()) {
			case START, HANDLE, RETURN -> this.cast.unitStaff();
			case EVALUATE -> this.cast.rater();
			case REPORT, SELF_HANDLE -> this.cast.reporter();
			default -> this.cast.dispatcher();
		};
	}

	private Duration minutes(int from, int to) {
		return Duration.ofSeconds(this.random.nextLong(from * 60L, to * 60L));
	}

	/** A log-normal delay with the given median, as real response times are. */
	private Duration logNormalMinutes(double median, double sigma) {
		double minutes = median * Math.exp(sigma * gaussian());
		return Duration.ofSeconds(Math.max(60, Math.min((long) (minutes * 60), 60L * 24 * 60 * 20)));
	}

	private double gaussian() {
		double u = 1.0 - this.random.nextDouble();
		double v = this.random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

}
