package org.gongzhi.cases;

import java.time.Instant;

/**
 * 立案: a case was accepted.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param withinLimit accepted within the accept stage's time limit (counts for 响应率)
 */
public record CaseAccepted(long eventId, CaseFacts facts, Instant at, Long actorUserId,
		boolean withinLimit) implements CaseEvent {

}
