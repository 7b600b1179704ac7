package org.gongzhi.cases;

import java.time.Instant;

/**
 * A stage of a case turned yellow (≥ 80 % of its time used) or red (overdue), found by
 * the SLA job.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param stage the stage whose clock ran
 * @param level yellow or red
 * @param escalatedToOrgCode the org unit one level up that a red case was escalated to,
 * {@code null} if not escalated
 */
public record CaseOverdue(long eventId, CaseFacts facts, Instant at, Long actorUserId, Stage stage, OverdueLevel level,
		String escalatedToOrgCode) implements CaseEvent {

}
