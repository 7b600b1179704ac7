package org.gongzhi.cases;

import java.time.Instant;

/**
 * 处置完毕: the handling unit (or a self-handling grid worker) reports the case handled.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param unitCode the unit that handled it, {@code null} when a grid worker self-handled
 * it
 * @param withinLimit handled within the handle stage's time limit
 */
public record CaseHandled(long eventId, CaseFacts facts, Instant at, Long actorUserId, String unitCode,
		boolean withinLimit) implements CaseEvent {

}
