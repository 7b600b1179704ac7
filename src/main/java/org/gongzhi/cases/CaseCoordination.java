package org.gongzhi.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens around the handling of a case: 延期 requests and decisions, 督办 notes and
 * replies, and 吹哨报到 (several units summoned, one leading, each reporting in and then
 * done).
 */
@Service
@Transactional
class CaseCoordination {

	private final CaseTransitions transitions;

	private final ExtensionStore extensions;

	private final SupervisionStore supervisions;

	private final EscalationStore escalations;

	private final HandlingUnits units;

	CaseCoordination(CaseTransitions transitions, ExtensionStore extensions, SupervisionStore supervisions,
			EscalationStore escalations, HandlingUnits units) {
		this.transitions = transitions;
		this.extensions = extensions;
		this.supervisions = supervisions;
		this.escalations = escalations;
		this.units = units;
	}

	/** 申请延期: the unit asks for a later handle deadline. */
	Case extend(long id, Actor actor, CaseForms.Extend form) {
		return this.transitions.act(id, actor, CaseAction.EXTEND, form.version(), (subject, now) -> {
			Instant current = subject.clock.deadlines.get(Stage.HANDLE);
			if (current != null && !form.deadline().isAfter(current)) {
				throw new InvalidInputException("cases.extension.not-later");
			}
			this.extensions.request(subject.id, form.reason(), form.deadline(), current, now);
			return List.of(subject.record(CaseAction.EXTEND, subject.unitCode, form.reason(),
					Map.of("requestedDeadline", form.deadline().toString()),
					(eventId) -> new CaseExtensionRequested(eventId, subject.facts(), now.at(), now.actorId(),
							subject.unitCode, form.reason(), form.deadline())));
		});
	}

	/** 延期审批: an approved request moves the handle deadline. */
	Case decideExtension(long id, Actor actor, CaseForms.Decision form) {
		return this.transitions.act(id, actor, CaseAction.DECIDE_EXTENSION, form.version(), (subject, now) -> {
			Extension request = subject.pendingExtension;
			this.extensions.decide(request.id(), form.approved(), form.note(), now);
			if (form.approved()) {
				subject.extendHandleDeadline(request.requestedDeadline(), now.calendar());
			}
			subject.pendingExtension = null;
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("approved", form.approved());
			detail.put("requestedDeadline", request.requestedDeadline().toString());
			return List.of(subject.record(CaseAction.DECIDE_EXTENSION, subject.unitCode, form.note(), detail,
					(eventId) -> new CaseExtensionDecided(eventId, subject.facts(), now.at(), now.actorId(),
							subject.unitCode, form.approved(), form.note())));
		});
	}

	/** 督办: a note that needs a reply from the unit. */
	Case supervise(long id, Actor actor, CaseForms.Reason form) {
		return this.transitions.annotate(id, actor, CaseAction.SUPERVISE, (subject, now) -> {
			long supervisionId = this.supervisions.add(subject.id, form.reason(), now);
			return List.of(subject.record(CaseAction.SUPERVISE, subject.unitCode, form.reason(),
					Map.of("supervisionId", supervisionId),
					(eventId) -> new CaseSupervised(eventId, subject.facts(), now.at(), now.actorId(), form.reason())));
		});
	}

	Case reply(long id, long supervisionId, Actor actor, CaseForms.Reply form) {
		return this.transitions.annotate(id, actor, CaseAction.REPLY, (subject, now) -> {
			Supervision supervision = this.supervisions.find(subject.id, supervisionId)
				.orElseThrow(() -> new NotFoundException("cases.supervision.not-found", supervisionId));
			if (supervision.answered() || !this.supervisions.reply(supervisionId, form.reply(), now)) {
				throw new ConflictException("cases.supervision.answered");
			}
			return List.of(subject.record(CaseAction.REPLY, subject.unitCode, form.reply(),
					Map.of("supervisionId", supervisionId), null));
		});
	}

	/** 吹哨: summons units, one leading; the lead becomes the handling unit. */
	Case escalate(long id, Actor actor, CaseForms.Escalate form) {
		return this.transitions.act(id, actor, CaseAction.ESCALATE, form.version(), (subject, now) -> {
			String lead = form.leadUnitCode().strip();
			List<String> summoned = new ArrayList<>(List.of(lead));
			form.unitCodes()
				.stream()
				.map(String::strip)
				.filter((code) -> !summoned.contains(code))
				.forEach(summoned::add);
			summoned.forEach((code) -> this.units.requireTarget(code, subject, actor));
			this.escalations.add(subject.id, lead, summoned, form.reason(), now);
			subject.escalation = this.escalations.latest(subject.id).orElseThrow();
			return List.of(subject.escalate(now, List.copyOf(summoned), lead, form.reason()));
		});
	}

	/** 报到: a summoned unit answers the whistle. */
	Case reportIn(long id, Actor actor, CaseForms.Summoned form) {
		return this.transitions.annotate(id, actor, CaseAction.REPORT_IN, (subject, now) -> {
			Escalation.SummonedUnit unit = summoned(subject, actor, form.unitCode());
			if (unit.reportedInAt() != null) {
				throw new ConflictException("cases.escalation.reported-in", unit.unitCode());
			}
			this.escalations.reportIn(subject.escalation.id(), unit.unitCode(), now);
			return List.of(subject.record(CaseAction.REPORT_IN, unit.unitCode(), form.note(), null, null));
		});
	}

	/**
	 * A summoned unit reports its part done; the lead's report lets the case be handled.
	 */
	Case reportDone(long id, Actor actor, CaseForms.Summoned form) {
		return this.transitions.annotate(id, actor, CaseAction.REPORT_DONE, (subject, now) -> {
			Escalation.SummonedUnit unit = summoned(subject, actor, form.unitCode());
			if (unit.reportedInAt() == null) {
				throw new ConflictException("cases.escalation.not-reported-in", unit.unitCode());
			}
			if (unit.doneAt() != null) {
				throw new ConflictException("cases.escalation.done-already", unit.unitCode());
			}
			this.escalations.done(subject.escalation.id(), unit.unitCode(), form.note(), now);
			return List.of(subject.record(CaseAction.REPORT_DONE, unit.unitCode(), form.note(),
					Map.of("lead", unit.lead()), null));
		});
	}

	/** The summoned unit the actor answers for: the one named, or their only one. */
	private static Escalation.SummonedUnit summoned(Case subject, Actor actor, String unitCode) {
		List<Escalation.SummonedUnit> theirs = subject.escalation.units()
			.stream()
			.filter((unit) -> actor.actsFor(unit.unitCode()))
			.filter((unit) -> unitCode == null || unitCode.isBlank() || unit.unitCode().equals(unitCode.strip()))
			.toList();
		if (theirs.size() != 1) {
			throw new InvalidInputException("cases.escalation.which-unit");
		}
		return theirs.get(0);
	}

}
