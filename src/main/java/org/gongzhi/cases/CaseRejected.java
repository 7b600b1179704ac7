package org.gongzhi.cases;

import java.time.Instant;

/**
 * 不予立案: a reported case was rejected.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param reason why
 */
public record CaseRejected(long eventId, CaseFacts facts, Instant at, Long actorUserId,
		String reason) implements CaseEvent {

}
