package org.gongzhi.cases;

import java.time.Instant;

/**
 * 督办: a leader or dispatcher recorded a supervision note that needs a reply.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param note the instruction
 */
public record CaseSupervised(long eventId, CaseFacts facts, Instant at, Long actorUserId,
		String note) implements CaseEvent {

}
