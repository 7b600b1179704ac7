package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;

/**
 * 吹哨: units were summoned to solve a case together, one of them leading.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param unitCodes all summoned units, the lead among them
 * @param leadUnitCode the lead unit
 * @param reason why
 */
public record CaseEscalated(long eventId, CaseFacts facts, Instant at, Long actorUserId, List<String> unitCodes,
		String leadUnitCode, String reason) implements CaseEvent {

}
