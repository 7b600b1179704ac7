package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongzhi.files.Attachment;

/**
 * A case as {@code GET /api/cases/{id}} and every action answer it: its facts, SLA
 * clocks, coordination and timeline, and the actions the caller may take now.
 *
 * @param id id
 * @param number readable number, e.g. HG20261123-0042
 * @param state state
 * @param version the version to send back with an action (optimistic locking)
 * @param category its category (the version it keeps)
 * @param priority priority
 * @param channel intake channel
 * @param location where it is
 * @param description what is wrong
 * @param answers answers to the category's extra questions
 * @param reportedByMe whether the caller reported it
 * @param reporterUserId the reporter (staff only; {@code null} for residents)
 * @param selfHandled handled on the spot by the reporting grid worker
 * @param unit the handling unit, if dispatched
 * @param suggestedUnit the unit its category suggests
 * @param counts rework, return and reopen counts
 * @param late whether a stage went past its deadline
 * @param solved whether it was handled as solved
 * @param verified whether the handling was verified
 * @param rating the reporter's rating
 * @param mergedIntoId the original this duplicate joined
 * @param times when each step last happened
 * @param sla the clocks of its stages
 * @param extensions extension requests
 * @param escalation the latest 吹哨 and its units' answers
 * @param supervisions 督办 notes and replies
 * @param timeline every transition, oldest first
 * @param allowedActions the actions the caller may take now (last parts of their URLs)
 */
record CaseView(long id, String number, CaseState state, int version, CategoryRef category, Priority priority,
		String channel, Location location, String description, Map<String, Object> answers, boolean reportedByMe,
		Long reporterUserId, boolean selfHandled, UnitRef unit, UnitRef suggestedUnit, Counts counts, boolean late,
		Boolean solved, boolean verified, Rating rating, Long mergedIntoId, Times times, Sla sla,
		List<Extension> extensions, Escalation escalation, List<Supervision> supervisions, List<Entry> timeline,
		List<String> allowedActions) {

	/** The category version a case keeps. */
	record CategoryRef(String code, String name, long versionId, int version, boolean publicVisible) {
	}

	/** WGS-84 point, address and the org units it lies in. */
	record Location(double lat, double lng, String address, String orgCode, String orgName, String districtCode) {
	}

	/** A handling unit. */
	record UnitRef(String code, String name) {
	}

	record Counts(int rework, int returns, int reopen) {
	}

	record Times(Instant reportedAt, Instant acceptedAt, Instant dispatchedAt, Instant handledAt, Instant verifiedAt,
			Instant closedAt, Instant evaluatedAt) {
	}

	/**
	 * The SLA clocks.
	 *
	 * @param stage the running stage, {@code null} if none
	 * @param deadline its deadline
	 * @param overdueLevel its level now
	 * @param stages every stage with a deadline
	 */
	record Sla(Stage stage, Instant deadline, OverdueLevel overdueLevel, List<SlaClocks.StageClock> stages) {
	}

	/**
	 * A timeline entry as shown, with the files given with it (URLs served to whoever
	 * sees the case).
	 */
	record Entry(long id, Instant at, Long actorUserId, String actorName, String action, CaseState fromState,
			CaseState toState, String unitCode, String unitName, String note, Map<String, Object> detail,
			List<UUID> attachmentIds, List<Attachment> attachments) {
	}

}
