package org.gongzhi.cases;

import java.util.List;
import java.util.UUID;

/**
 * What an action form of the case page sends: the action (last part of its API path, or
 * {@code reply} for a 督办 reply) and the fields that action reads; the others stay empty.
 *
 * @param action the action
 * @param version the version of the case the user saw
 * @param note a note, or the result of the handling
 * @param reason a required reason (reject, return, supervise, extend, escalate)
 * @param unitCode the unit to dispatch to
 * @param priority a corrected priority on accept
 * @param deadline the handle deadline asked for, Beijing time ({@code yyyy-MM-ddTHH:mm})
 * @param approved the decision on an extension request
 * @param unitCodes the units summoned by 吹哨
 * @param leadUnitCode the lead among them
 * @param attachmentIds uploaded photos
 * @param passed the outcome of a verification
 * @param solved whether the problem is solved
 * @param rating the reporter's rating
 * @param supervisionId the 督办 note replied to
 * @param reply the reply
 * @param original the number of the case a duplicate is merged into
 */
record CaseActionForm(String action, Integer version, String note, String reason, String unitCode, Priority priority,
		String deadline, Boolean approved, List<String> unitCodes, String leadUnitCode, List<UUID> attachmentIds,
		Boolean passed, Boolean solved, Rating rating, Long supervisionId, String reply, String original) {

	CaseActionForm {
		unitCodes = (unitCodes != null) ? List.copyOf(unitCodes) : List.of();
		attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
	}

}
