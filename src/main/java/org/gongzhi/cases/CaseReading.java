package org.gongzhi.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.files.Attachment;
import org.gongzhi.files.Attachments;
import org.gongzhi.org.OrgUnits;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows one case to a caller who may see it: facts, SLA clocks, coordination, timeline
 * and the actions open to them.
 */
@Service
@Transactional(readOnly = true)
class CaseReading {

	private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private final CaseTransitions transitions;

	private final CaseTimeline timeline;

	private final ExtensionStore extensions;

	private final SupervisionStore supervisions;

	private final EscalationStore escalations;

	private final HandlingUnits units;

	private final OrgUnits orgUnits;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final JsonMapper json;

	private final Attachments attachments;

	CaseReading(CaseTransitions transitions, CaseTimeline timeline, ExtensionStore extensions,
			SupervisionStore supervisions, EscalationStore escalations, HandlingUnits units, OrgUnits orgUnits,
			WorkingCalendar calendar, Clock clock, JsonMapper json, Attachments attachments) {
		this.transitions = transitions;
		this.timeline = timeline;
		this.extensions = extensions;
		this.supervisions = supervisions;
		this.escalations = escalations;
		this.units = units;
		this.orgUnits = orgUnits;
		this.calendar = calendar;
		this.clock = clock;
		this.json = json;
		this.attachments = attachments;
	}

	CaseView detail(long id, Actor actor) {
		return view(this.transitions.load(id, actor), actor);
	}

	/** The view of a case the caller has just acted on (they may no longer see it). */
	CaseView view(Case subject, Actor actor) {
		subject.escalation = this.escalations.latest(subject.id).orElse(null);
		subject.pendingExtension = this.extensions.pending(subject.id).orElse(null);
		Instant now = this.clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		boolean staff = actor.isStaff();
		boolean mine = subject.reporterUserId != null && subject.reporterUserId == actor.userId();
		Map<UUID, Attachment> files = this.attachments.of(CaseAttachmentAccess.OWNER_TYPE, String.valueOf(subject.id))
			.stream()
			.collect(Collectors.toMap(Attachment::id, Function.identity()));
		List<CaseView.Entry> entries = this.timeline.of(subject.id)
			.stream()
			.map((entry) -> new CaseView.Entry(entry.id(), entry.at(), staff ? entry.actorUserId() : null,
					(staff || (entry.actorUserId() != null && entry.actorUserId() == actor.userId()))
							? entry.actorName() : null,
					entry.action().name(), entry.fromState(), entry.toState(), entry.unitCode(),
					this.units.name(entry.unitCode()), entry.note(), entry.detail(), entry.attachmentIds(),
					entry.attachmentIds().stream().map(files::get).filter(Objects::nonNull).toList()))
			.toList();
		List<String> allowed = CaseWorkflow.legal(subject, now, this.calendar)
			.stream()
			.filter((action) -> CasePolicy.permits(action, subject, actor))
			.map(CaseAction::path)
			.toList();
		CaseCategory category = subject.category;
		return new CaseView(
				subject.id, subject.number, subject.state, subject.version, new CaseView.CategoryRef(category.code(),
						category.name(locale), category.versionId(), category.version(), category.publicVisible()),
				subject.priority, subject.channel,
				new CaseView.Location(subject.lat, subject.lng, subject.address, subject.orgCode,
						this.orgUnits.nameOf(subject.orgCode), subject.districtCode),
				subject.description,
				(subject.answers != null) ? this.json.readValue(subject.answers, ANSWERS) : Map.of(), mine,
				staff ? subject.reporterUserId : null, subject.selfHandled, unit(subject.unitCode),
				staff ? this.units.suggested(subject).map(this::unit).orElse(null) : null,
				new CaseView.Counts(subject.reworkCount, subject.returnCount, subject.reopenCount), subject.clock.late,
				subject.solved, subject.verified, subject.rating, subject.mergedIntoId,
				new CaseView.Times(subject.reportedAt, subject.acceptedAt, subject.dispatchedAt, subject.handledAt,
						subject.verifiedAt, subject.closedAt, subject.evaluatedAt),
				new CaseView.Sla(subject.clock.stage, subject.clock.deadline,
						SlaClocks.level(subject.clock.warnAt, subject.clock.deadline, now),
						SlaClocks.of(subject, now, this.calendar)),
				staff ? this.extensions.of(subject.id) : List.of(), staff ? subject.escalation : null,
				staff ? this.supervisions.of(subject.id) : List.of(), entries, allowed);
	}

	private CaseView.UnitRef unit(String code) {
		return (code != null) ? new CaseView.UnitRef(code, this.units.name(code)) : null;
	}

}
