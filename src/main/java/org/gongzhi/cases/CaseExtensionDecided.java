package org.gongzhi.cases;

import java.time.Instant;

/**
 * 延期审批: a dispatcher approved or refused a unit's request for a later deadline.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the decision (an approval moved its handle deadline)
 * @param at when it happened
 * @param actorUserId who decided
 * @param unitCode the unit that asked
 * @param approved whether the new deadline holds
 * @param note the decision's note, or {@code null}
 */
public record CaseExtensionDecided(long eventId, CaseFacts facts, Instant at, Long actorUserId, String unitCode,
		boolean approved, String note) implements CaseEvent {

}
