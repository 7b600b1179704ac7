package org.gongzhi.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.org.GridLocation;
import org.gongzhi.org.GridLocator;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters cases that happened in the past, such as the demo district's history or an
 * import from an older system: each transition runs through the same domain code as a
 * live one ({@link Case}, {@link CaseWorkflow}, {@link CasePolicy}, the timeline and its
 * events), only at the time it happened instead of now. Between transitions the SLA watch
 * is played back: a stage that ran past 80 % of its time or its deadline is marked yellow
 * or red at that moment, with the 督办 and the escalation the watch would have made. So the
 * indicators counted from the events agree with the timeline.
 * <p>
 * No web endpoint calls this service: it is for jobs run by the operator (the demo
 * profile, imports).
 */
@Service
public class CaseBackfill {

	private final CategoryCatalog categories;

	private final GridLocator locator;

	private final CaseNumbers numbers;

	private final CaseStore store;

	private final CaseTransitions transitions;

	private final EscalationStore escalations;

	private final HandlingUnits units;

	private final SlaWatch slaWatch;

	private final WorkingCalendar calendar;

	CaseBackfill(CategoryCatalog categories, GridLocator locator, CaseNumbers numbers, CaseStore store,
			CaseTransitions transitions, EscalationStore escalations, HandlingUnits units, SlaWatch slaWatch,
			WorkingCalendar calendar) {
		this.categories = categories;
		this.locator = locator;
		this.numbers = numbers;
		this.store = store;
		this.transitions = transitions;
		this.escalations = escalations;
		this.units = units;
		this.slaWatch = slaWatch;
		this.calendar = calendar;
	}

	/**
	 * Enters one past case with its transitions, in the caller's transaction if there is
	 * one (a batch then commits or fails together), and marks its running stage as the
	 * SLA watch would have by {@code asOf}.
	 * @param asOf the present: no step may be later
	 * @return the case as it is now
	 * @throws InvalidInputException for a place outside every grid or a category that
	 * cannot be reported
	 * @throws IllegalTransitionException for a step the workflow does not allow
	 */
	@Transactional
	public CaseFacts enter(PastCase past, Instant asOf) {
		Case subject = report(past);
		Instant previous = subject.reportedAt;
		for (PastStep step : past.steps()) {
			Instant at = step.at().truncatedTo(ChronoUnit.MICROS);
			if (at.isBefore(previous) || at.isAfter(asOf)) {
				throw new IllegalArgumentException("step " + step.kind() + " of " + subject.number + " out of order");
			}
			playSlaWatch(subject, at);
			apply(subject, step, new Moment(at, step.actor().actor(), this.calendar));
			previous = at;
		}
		playSlaWatch(subject, asOf);
		if (!this.store.update(subject)) {
			throw new IllegalStateException("case " + subject.number + " changed while it was entered");
		}
		return subject.facts();
	}

	private Case report(PastCase past) {
		CaseCategory category = this.categories.get(past.categoryCode());
		if (!this.categories.isLeaf(category.code()) || !category.active()) {
			throw new InvalidInputException("cases.report.category-not-reportable", category.code());
		}
		GridLocation location = this.locator.locate(past.lat(), past.lng())
			.orElseThrow(() -> new InvalidInputException("cases.report.outside"));
		Case subject = new Case();
		subject.category = category;
		subject.priority = category.defaultPriority();
		subject.channel = past.channel();
		subject.orgCode = location.grid().code();
		subject.districtCode = location.district().code();
		subject.lat = past.lat();
		subject.lng = past.lng();
		subject.description = past.description();
		subject.reporterUserId = past.reporter().userId();
		subject.reportedAt = past.reportedAt().truncatedTo(ChronoUnit.MICROS);
		subject.number = this.numbers.next(subject.districtCode, subject.reportedAt);
		Moment moment = new Moment(subject.reportedAt, past.reporter().actor(), this.calendar);
		List<Step> steps = subject.report(moment);
		this.store.insert(subject);
		this.transitions.record(subject, steps, moment);
		return subject;
	}

	private void apply(Case subject, PastStep step, Moment now) {
		CaseAction action = step.kind().action();
		Actor actor = now.actor();
		CaseWorkflow.require(action, subject, now.at(), this.calendar);
		CasePolicy.require(action, subject, actor);
		List<Step> steps = switch (step.kind()) {
			case ACCEPT -> List.of(subject.accept(now, null, null, step.note()));
			case REJECT -> List.of(subject.reject(now, step.note()));
			case DISPATCH -> {
				String unit = (step.unitCode() != null) ? step.unitCode() : this.units.suggested(subject)
					.orElseThrow(() -> new InvalidInputException("cases.unit.required"));
				this.units.requireTarget(unit, subject, actor);
				yield List.of(subject.dispatch(now, unit, step.note()));
			}
			case RETURN -> List.of(subject.giveBack(now, step.note()));
			case START -> List.of(subject.start(now, step.note()));
			case HANDLE -> List.of(subject.handle(now, step.flag(), step.note()));
			case VERIFY -> subject.verify(now, step.flag(), step.note());
			case CLOSE -> List.of(subject.close(now, null, step.note()));
			case EVALUATE -> List.of(subject.evaluate(now, step.rating(), step.note()));
			case REOPEN -> List.of(subject.reopen(now, step.note()));
			case ESCALATE -> escalate(subject, step, now);
			case REPORT_IN -> {
				this.escalations.reportIn(subject.escalation.id(), step.unitCode(), now);
				yield List.of(subject.record(CaseAction.REPORT_IN, step.unitCode(), step.note(), null, null));
			}
			case REPORT_DONE -> {
				this.escalations.done(subject.escalation.id(), step.unitCode(), step.note(), now);
				yield List.of(subject.record(CaseAction.REPORT_DONE, step.unitCode(), step.note(), null, null));
			}
		};
		this.transitions.record(subject, steps, now);
		if (step.kind() == PastStep.Kind.REPORT_IN || step.kind() == PastStep.Kind.REPORT_DONE) {
			subject.escalation = this.escalations.latest(subject.id).orElseThrow();
		}
	}

	private List<Step> escalate(Case subject, PastStep step, Moment now) {
		List<String> summoned = new ArrayList<>(List.of(step.unitCode()));
		step.units().stream().filter((code) -> !summoned.contains(code)).forEach(summoned::add);
		summoned.forEach((code) -> this.units.requireTarget(code, subject, now.actor()));
		this.escalations.add(subject.id, step.unitCode(), summoned, step.note(), now);
		subject.escalation = this.escalations.latest(subject.id).orElseThrow();
		return List.of(subject.escalate(now, List.copyOf(summoned), step.unitCode(), step.note()));
	}

	/**
	 * What the SLA watch, running every minute, would have marked before {@code at}:
	 * yellow when 80 % of the running stage's time was used, red at its deadline.
	 */
	private void playSlaWatch(Case subject, Instant at) {
		CaseClock clock = subject.clock;
		if (clock.stage == null || clock.deadline == null) {
			return;
		}
		if (clock.overdueLevel == null && clock.warnAt != null && clock.warnAt.isBefore(at)
				&& !clock.warnAt.isAfter(clock.deadline)) {
			this.slaWatch.recordOverdue(subject, OverdueLevel.YELLOW, clock.warnAt);
		}
		if (clock.overdueLevel != OverdueLevel.RED && clock.deadline.isBefore(at)) {
			this.slaWatch.recordOverdue(subject, OverdueLevel.RED, clock.deadline);
		}
	}

}
