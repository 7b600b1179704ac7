package org.gongzhi.cases;

import java.time.Instant;

/**
 * 评价: the reporter rated a closed case.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param rating the rating
 */
public record CaseEvaluated(long eventId, CaseFacts facts, Instant at, Long actorUserId,
		Rating rating) implements CaseEvent {

}
