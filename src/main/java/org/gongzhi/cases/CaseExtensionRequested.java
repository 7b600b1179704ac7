package org.gongzhi.cases;

import java.time.Instant;

/**
 * 申请延期: a handling unit asked for a later handle deadline; a dispatcher decides.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the request
 * @param at when it happened
 * @param actorUserId who asked
 * @param unitCode the unit that asked
 * @param reason why
 * @param requestedDeadline the deadline asked for
 */
public record CaseExtensionRequested(long eventId, CaseFacts facts, Instant at, Long actorUserId, String unitCode,
		String reason, Instant requestedDeadline) implements CaseEvent {

}
