package org.gongzhi.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseDispatched;
import org.gongzhi.cases.CaseEscalated;
import org.gongzhi.cases.CaseEvaluated;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseExtensionDecided;
import org.gongzhi.cases.CaseExtensionRequested;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.cases.CaseHandled;
import org.gongzhi.cases.CaseOverdue;
import org.gongzhi.cases.CaseRejected;
import org.gongzhi.cases.CaseReopened;
import org.gongzhi.cases.CaseReturned;
import org.gongzhi.cases.CaseSupervised;
import org.gongzhi.cases.OverdueLevel;
import org.gongzhi.cases.Rating;
import org.gongzhi.identity.Recipients;
import org.gongzhi.identity.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns case events into notifications for the people they concern: the reporter hears of
 * their case's progress, the handling unit of what it must do, the dispatchers of what
 * comes back to them. Nobody is told of their own action. Each listener may run twice
 * (the event publication registry retries it); the outbox notifies each recipient of an
 * event once. A report itself (CaseReported) notifies nobody: it waits in the
 * dispatchers' intake queue. Events of long ago (history entered afterwards, such as the
 * demo district's past cases) notify nobody: that news is stale.
 */
@Component
class CaseEventNotifier {

	/** Events older than this are history, not news. */
	static final Duration STALE = Duration.ofDays(2);

	private final Outbox outbox;

	private final Recipients recipients;

	private final Clock clock;

	CaseEventNotifier(Outbox outbox, Recipients recipients, Clock clock) {
		this.outbox = outbox;
		this.recipients = recipients;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseAccepted event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_ACCEPTED, reporter(event.facts()));
	}

	@ApplicationModuleListener
	void on(CaseRejected event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_REJECTED, reporter(event.facts()), MessageArgument.text(event.reason()));
	}

	@ApplicationModuleListener
	void on(CaseHandled event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_HANDLED, reporter(event.facts()));
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_CLOSED, reporter(event.facts()));
	}

	@ApplicationModuleListener
	void on(CaseReopened event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_REOPENED, reporter(event.facts()));
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		if (stale(event)) {
			return;
		}
		String key = body(NotificationKind.CASE_DISPATCHED) + (event.rework() ? ".rework" : "");
		post(event, NotificationKind.CASE_DISPATCHED, key, this.recipients.handlersOf(event.unitCode()));
	}

	@ApplicationModuleListener
	void on(CaseReturned event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_RETURNED, dispatchers(event.facts()), MessageArgument.text(event.reason()));
	}

	@ApplicationModuleListener
	void on(CaseOverdue event) {
		if (stale(event)) {
			return;
		}
		CaseFacts facts = event.facts();
		Set<Long> to = new LinkedHashSet<>(switch (event.stage()) {
			case ACCEPT, DISPATCH -> dispatchers(facts);
			case HANDLE -> handlersOrDispatchers(facts);
			case VERIFY -> this.recipients.handlersOf(facts.orgCode());
		});
		if (event.level() == OverdueLevel.RED) {
			// a red card goes to the dispatchers too, and to the leaders it was escalated
			// to
			to.addAll(dispatchers(facts));
			if (event.escalatedToOrgCode() != null) {
				to.addAll(this.recipients.usersWithRoleAt(Role.LEADER, event.escalatedToOrgCode()));
			}
		}
		post(event, NotificationKind.CASE_OVERDUE, body(NotificationKind.CASE_OVERDUE) + "." + event.level().name(), to,
				MessageArgument.key("notify.stage." + event.stage().name()));
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		if (stale(event)) {
			return;
		}
		String key = body(NotificationKind.CASE_ESCALATED);
		// the lead unit first: a user in the lead unit and another summoned unit hears
		// that they lead
		post(event, NotificationKind.CASE_ESCALATED, key + ".lead", this.recipients.handlersOf(event.leadUnitCode()),
				MessageArgument.text(event.reason()));
		List<Long> summoned = new ArrayList<>();
		for (String unit : event.unitCodes()) {
			summoned.addAll(this.recipients.handlersOf(unit));
		}
		post(event, NotificationKind.CASE_ESCALATED, key, summoned, MessageArgument.text(event.reason()));
	}

	@ApplicationModuleListener
	void on(CaseSupervised event) {
		if (stale(event)) {
			return;
		}
		notify(event, NotificationKind.CASE_SUPERVISED, handlersOrDispatchers(event.facts()),
				MessageArgument.text(event.note()));
	}

	@ApplicationModuleListener
	void on(CaseExtensionRequested event) {
		notify(event, NotificationKind.CASE_EXTENSION_REQUESTED, dispatchers(event.facts()),
				MessageArgument.text(event.reason()));
	}

	@ApplicationModuleListener
	void on(CaseExtensionDecided event) {
		String key = event.approved() ? "notify.body.CASE_EXTENSION_DECIDED.approved"
				: "notify.body.CASE_EXTENSION_DECIDED.refused";
		post(event, NotificationKind.CASE_EXTENSION_DECIDED, key, this.recipients.handlersOf(event.unitCode()),
				MessageArgument.text((event.note() != null) ? event.note() : ""));
	}

	@ApplicationModuleListener
	void on(CaseEvaluated event) {
		if (stale(event)) {
			return;
		}
		Set<Long> to = new LinkedHashSet<>(this.recipients.handlersOf(event.facts().unitCode()));
		if (event.rating() == Rating.DISSATISFIED) {
			// the dispatchers decide whether the case is handled again (重办)
			to.addAll(dispatchers(event.facts()));
		}
		notify(event, NotificationKind.CASE_EVALUATED, to,
				MessageArgument.key("notify.rating." + event.rating().name()));
	}

	private boolean stale(CaseEvent event) {
		return event.at().isBefore(this.clock.instant().minus(STALE));
	}

	private List<Long> reporter(CaseFacts facts) {
		return (facts.reporterUserId() != null) ? this.recipients.user(facts.reporterUserId()).stream().toList()
				: List.of();
	}

	private List<Long> dispatchers(CaseFacts facts) {
		return this.recipients.usersWithRoleCovering(Role.DISPATCHER, facts.orgCode());
	}

	/** The handling unit's people, or the dispatchers while no unit holds the case. */
	private List<Long> handlersOrDispatchers(CaseFacts facts) {
		List<Long> handlers = this.recipients.handlersOf(facts.unitCode());
		return handlers.isEmpty() ? dispatchers(facts) : handlers;
	}

	private void notify(CaseEvent event, NotificationKind kind, Collection<Long> to, MessageArgument... extra) {
		post(event, kind, body(kind), to, extra);
	}

	private void post(CaseEvent event, NotificationKind kind, String messageKey, Collection<Long> to,
			MessageArgument... extra) {
		Set<Long> recipients = new LinkedHashSet<>(to);
		if (event.actorUserId() != null) {
			recipients.remove(event.actorUserId());
		}
		if (recipients.isEmpty()) {
			return;
		}
		List<MessageArgument> arguments = new ArrayList<>();
		arguments.add(MessageArgument.text(event.facts().number()));
		arguments.addAll(List.of(extra));
		CaseFacts facts = event.facts();
		this.outbox.post(new Notice(event.eventId(), kind, facts.caseId(), facts.number(), facts.orgCode(), messageKey,
				arguments, event.at()), recipients);
	}

	private static String body(NotificationKind kind) {
		return "notify.body." + kind.name();
	}

}
