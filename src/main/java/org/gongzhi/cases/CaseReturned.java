package org.gongzhi.cases;

import java.time.Instant;

/**
 * 退回: a handling unit returned a wrongly dispatched case.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param unitCode the unit that returned it
 * @param reason why
 */
public record CaseReturned(long eventId, CaseFacts facts, Instant at, Long actorUserId, String unitCode,
		String reason) implements CaseEvent {

}
