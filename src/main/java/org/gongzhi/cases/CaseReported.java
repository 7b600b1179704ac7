package org.gongzhi.cases;

import java.time.Instant;

/**
 * 上报: a case was reported (by a resident, a grid worker, the hotline or Open311).
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param channel intake channel: RESIDENT, GRID_WORKER, HOTLINE, OPEN311, IMPORT
 * @param selfHandled reported as already handled on the spot by a grid worker
 */
public record CaseReported(long eventId, CaseFacts facts, Instant at, Long actorUserId, String channel,
		boolean selfHandled) implements CaseEvent {

}
