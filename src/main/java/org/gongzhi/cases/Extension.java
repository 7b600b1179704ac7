package org.gongzhi.cases;

import java.time.Instant;

/**
 * 延期: a handling unit's request for a later handle deadline, and the dispatcher's
 * decision.
 *
 * @param id id
 * @param requestedAt when it was asked for
 * @param requestedBy who asked
 * @param requestedByName their name
 * @param reason why
 * @param requestedDeadline the deadline asked for
 * @param previousDeadline the handle deadline when it was asked for
 * @param decision {@code APPROVED}, {@code DENIED} or {@code null} while pending
 * @param decidedAt when it was decided
 * @param decidedBy who decided
 * @param decidedByName their name
 * @param decisionNote the dispatcher's note
 */
record Extension(long id, Instant requestedAt, Long requestedBy, String requestedByName, String reason,
		Instant requestedDeadline, Instant previousDeadline, String decision, Instant decidedAt, Long decidedBy,
		String decidedByName, String decisionNote) {

	static final String APPROVED = "APPROVED";

	static final String DENIED = "DENIED";

	boolean pending() {
		return this.decision == null;
	}

}
