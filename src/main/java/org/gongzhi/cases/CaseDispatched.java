package org.gongzhi.cases;

import java.time.Instant;

/**
 * 派遣: a case was sent to a handling unit (again, after rework or a return).
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param unitCode the handling unit
 * @param rework sent back after a failed verification (返工)
 */
public record CaseDispatched(long eventId, CaseFacts facts, Instant at, Long actorUserId, String unitCode,
		boolean rework) implements CaseEvent {

}
