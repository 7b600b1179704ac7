package org.gongzhi.cases;

import java.time.Instant;

/**
 * 核查: a handled case was verified on the spot; failed means rework (返工).
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param passed whether the verification passed
 */
public record CaseVerified(long eventId, CaseFacts facts, Instant at, Long actorUserId,
		boolean passed) implements CaseEvent {

}
