package org.gongzhi.cases;

import java.time.Instant;

/**
 * 重办: a case rated 不满意 was reopened after the dispatcher's review.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 */
public record CaseReopened(long eventId, CaseFacts facts, Instant at, Long actorUserId) implements CaseEvent {

}
