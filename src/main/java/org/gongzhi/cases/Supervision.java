package org.gongzhi.cases;

import java.time.Instant;

/**
 * 督办: a note of a leader or dispatcher on a case, which the handling unit must answer.
 *
 * @param id id
 * @param at when it was written
 * @param byUserId who wrote it
 * @param byName their name
 * @param note the instruction
 * @param reply the answer, {@code null} while unanswered
 * @param repliedAt when it was answered
 * @param repliedBy who answered
 * @param repliedByName their name
 */
record Supervision(long id, Instant at, Long byUserId, String byName, String note, String reply, Instant repliedAt,
		Long repliedBy, String repliedByName) {

	boolean answered() {
		return this.repliedAt != null;
	}

}
