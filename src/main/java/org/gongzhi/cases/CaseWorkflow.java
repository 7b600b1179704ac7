package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gongzhi.calendar.WorkingCalendar;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Whether an action is legal for a case now: its state ({@link CaseAction}'s table) and
 * the conditions beyond it. The one place that decides; an illegal action is a 409
 * problem listing the actions that are legal.
 */
final class CaseWorkflow {

	/** A unit may return a wrongly dispatched case within this much working time. */
	static final Duration RETURN_WINDOW = Duration.ofHours(2);

	private CaseWorkflow() {
	}

	/** The message key saying why the action is not legal now, or empty if it is. */
	static Optional<String> refusal(CaseAction action, Case subject, Instant now, WorkingCalendar calendar) {
		if (action.path() == null || !action.startsFrom(subject.state)) {
			return Optional.of("cases.transition.illegal");
		}
		String refusal = switch (action) {
			case RETURN -> returnRefusal(subject, now, calendar);
			case EXTEND -> (subject.pendingExtension != null) ? "cases.extension.pending" : null;
			case DECIDE_EXTENSION -> (subject.pendingExtension == null) ? "cases.extension.none" : null;
			case HANDLE -> subject.escalationOpen() ? "cases.escalation.lead-not-done" : null;
			case VERIFY -> subject.verified ? "cases.verify.already" : null;
			case CLOSE -> subject.verified ? null : "cases.close.not-verified";
			case REOPEN -> (subject.rating != Rating.DISSATISFIED) ? "cases.reopen.not-dissatisfied" : null;
			case ESCALATE -> subject.escalationOpen() ? "cases.escalation.open" : null;
			case REPORT_IN, REPORT_DONE -> (subject.escalation == null) ? "cases.escalation.none" : null;
			default -> null;
		};
		return Optional.ofNullable(refusal);
	}

	/** The actions legal for the case now, by anyone. */
	static List<CaseAction> legal(Case subject, Instant now, WorkingCalendar calendar) {
		return Arrays.stream(CaseAction.values())
			.filter((action) -> refusal(action, subject, now, calendar).isEmpty())
			.toList();
	}

	/** Throws the 409 problem unless the action is legal now. */
	static void require(CaseAction action, Case subject, Instant now, WorkingCalendar calendar) {
		Optional<String> refusal = refusal(action, subject, now, calendar);
		if (refusal.isPresent()) {
			throw new IllegalTransitionException(refusal.get(), action, subject.state,
					legal(subject, now, calendar).stream().map(CaseAction::path).toList());
		}
	}

	private static String returnRefusal(Case subject, Instant now, WorkingCalendar calendar) {
		if (subject.escalationOpen()) {
			return "cases.return.escalated";
		}
		boolean inTime = subject.dispatchedAt != null
				&& calendar.workingTimeBetween(subject.dispatchedAt, now).compareTo(RETURN_WINDOW) <= 0;
		return inTime ? null : "cases.return.window-passed";
	}

	/** A localized label of an action, as a message argument. */
	static DefaultMessageSourceResolvable label(CaseAction action) {
		return new DefaultMessageSourceResolvable("cases.action." + action.name());
	}

	static DefaultMessageSourceResolvable label(Stage stage) {
		return new DefaultMessageSourceResolvable("cases.stage." + stage.name());
	}

	static DefaultMessageSourceResolvable label(CaseState state) {
		return new DefaultMessageSourceResolvable("cases.state." + state.name());
	}

}
