package org.gongzhi.cases;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs one action on a case inside the caller's transaction: load it as the actor may see
 * it, check the action is legal ({@link CaseWorkflow}) and theirs to take
 * ({@link CasePolicy}), change it, write it back under the version it was read with,
 * append the timeline entries and publish their events (delivered after the commit).
 */
@Component
class CaseTransitions {

	private final CaseStore store;

	private final CaseTimeline timeline;

	private final EscalationStore escalations;

	private final ExtensionStore extensions;

	private final CaseAccess access;

	private final ApplicationEventPublisher events;

	private final WorkingCalendar calendar;

	private final Clock clock;

	CaseTransitions(CaseStore store, CaseTimeline timeline, EscalationStore escalations, ExtensionStore extensions,
			CaseAccess access, ApplicationEventPublisher events, WorkingCalendar calendar, Clock clock) {
		this.store = store;
		this.timeline = timeline;
		this.escalations = escalations;
		this.extensions = extensions;
		this.access = access;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The case with its escalation and pending extension, as the actor may see it. */
	Case load(long id, Actor actor) {
		Case subject = this.store.find(id).orElseThrow(() -> new NotFoundException("cases.case.not-found", id));
		subject.escalation = this.escalations.latest(id).orElse(null);
		subject.pendingExtension = this.extensions.pending(id).orElse(null);
		this.access.requireVisible(subject, actor);
		return subject;
	}

	/**
	 * A case of a public category, for anyone to follow; others are not found.
	 */
	Case loadPublic(long id) {
		Case subject = this.store.find(id)
			.filter((found) -> found.category.publicVisible() && found.publicShown)
			.orElseThrow(() -> new NotFoundException("cases.case.not-found", id));
		subject.escalation = this.escalations.latest(id).orElse(null);
		return subject;
	}

	Moment now(Actor actor) {
		// the database keeps microseconds: so does the case in memory, and what it
		// answers
		return new Moment(this.clock.instant().truncatedTo(ChronoUnit.MICROS), actor, this.calendar);
	}

	/**
	 * Takes an action: the change gets the case and the moment and returns the timeline
	 * steps it caused.
	 * @param expectedVersion the version the caller saw, or {@code null}
	 */
	Case act(long id, Actor actor, CaseAction action, Integer expectedVersion,
			BiFunction<Case, Moment, List<Step>> change) {
		Case subject = load(id, actor);
		Moment moment = now(actor);
		if (expectedVersion != null && expectedVersion != subject.version) {
			throw new ConflictException("cases.case.changed-meanwhile", subject.number);
		}
		CaseWorkflow.require(action, subject, moment.at(), this.calendar);
		CasePolicy.require(action, subject, actor);
		List<Step> steps = change.apply(subject, moment);
		save(subject, steps, moment);
		return subject;
	}

	/**
	 * Takes an action that leaves the case row as it is (督办, its reply, 报到): checked like
	 * any other, recorded on the timeline, without taking the case's version.
	 */
	Case annotate(long id, Actor actor, CaseAction action, BiFunction<Case, Moment, List<Step>> change) {
		Case subject = load(id, actor);
		Moment moment = now(actor);
		CaseWorkflow.require(action, subject, moment.at(), this.calendar);
		CasePolicy.require(action, subject, actor);
		record(subject, change.apply(subject, moment), moment);
		return subject;
	}

	/**
	 * Writes a changed case and records its steps; a 409 problem if it changed meanwhile.
	 */
	void save(Case subject, List<Step> steps, Moment moment) {
		boolean updated;
		try {
			updated = this.store.update(subject);
		}
		catch (ConcurrencyFailureException ex) {
			// the database saw the concurrent change first (e.g. H2's row lock timeout)
			updated = false;
		}
		if (!updated) {
			throw new ConflictException("cases.case.changed-meanwhile", subject.number);
		}
		record(subject, steps, moment);
	}

	/** Appends the steps to the timeline and publishes their events. */
	void record(Case subject, List<Step> steps, Moment moment) {
		for (Step step : steps) {
			long eventId = this.timeline.append(subject, step, moment);
			if (step.event() != null) {
				this.events.publishEvent(step.event().apply(eventId));
			}
		}
	}

	WorkingCalendar calendar() {
		return this.calendar;
	}

}
