package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * 结案.
 *
 * @param eventId id of the timeline entry
 * @param facts the case after the transition
 * @param at when it happened
 * @param actorUserId who made it, {@code null} for the system or an external channel
 * @param onTime closed without any stage past its deadline (按期结案)
 * @param solved closed as solved (for 解决率)
 * @param elapsed clock time from report to closure
 */
public record CaseClosed(long eventId, CaseFacts facts, Instant at, Long actorUserId, boolean onTime, boolean solved,
		Duration elapsed) implements CaseEvent {

}
