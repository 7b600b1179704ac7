package org.gongzhi.cases;

import java.time.Instant;

/**
 * A transition of a case, published after it commits. Each carries the id of its timeline
 * entry, unique per transition, so a listener that runs twice can tell it has seen it.
 */
public sealed interface CaseEvent permits CaseReported, CaseAccepted, CaseRejected, CaseDispatched, CaseReturned,
		CaseHandled, CaseVerified, CaseClosed, CaseEvaluated, CaseReopened, CaseOverdue, CaseEscalated, CaseSupervised,
		CaseExtensionRequested, CaseExtensionDecided {

	/** Id of the timeline entry this event records. */
	long eventId();

	/** The case as it is after the transition. */
	CaseFacts facts();

	/** When the transition happened. */
	Instant at();

	/** Who made it; {@code null} for the system (the SLA job) or an external channel. */
	Long actorUserId();

}
