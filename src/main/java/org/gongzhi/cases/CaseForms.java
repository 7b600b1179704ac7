package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the case actions ({@code POST /api/cases/{id}/<action>}). Each may carry the
 * {@code version} of the case the caller saw: if the case changed since, the action is a
 * 409 problem instead of acting on what the caller did not see.
 */
final class CaseForms {

	private CaseForms() {
	}

	/** start, reopen, follow: an optional note. */
	record Note(@Size(max = 2000) String note, @Size(max = 20) List<UUID> attachmentIds, Integer version) {

		Note {
			attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		}

		static Note empty() {
			return new Note(null, null, null);
		}

	}

	/** reject, return, supervise: a required reason. */
	record Reason(@NotBlank @Size(max = 2000) String reason, @Size(max = 20) List<UUID> attachmentIds,
			Integer version) {

		Reason {
			attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		}

	}

	/** accept: optionally a corrected category and priority. */
	record Accept(@Size(max = 2000) String note, Priority priority, @Size(max = 32) String categoryCode,
			Integer version) {
	}

	/** merge: the original this case duplicates. */
	record Merge(@NotNull Long originalId, @Size(max = 2000) String note, Integer version) {
	}

	/** dispatch: the unit, else the suggested one. */
	record Dispatch(@Size(max = 32) String unitCode, @Size(max = 2000) String note, Integer version) {
	}

	/** handle: what was done, whether it is solved (default yes), photos. */
	record Handle(@Size(max = 2000) String note, Boolean solved, @Size(max = 20) List<UUID> attachmentIds,
			Integer version) {

		Handle {
			attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		}

	}

	/** verify: passed or not (rework), with what was found on the spot. */
	record Verify(@NotNull Boolean passed, @Size(max = 2000) String note, @Size(max = 20) List<UUID> attachmentIds,
			Integer version) {

		Verify {
			attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		}

	}

	/** close: solved or not (default: as handled). */
	record Close(Boolean solved, @Size(max = 2000) String note, Integer version) {
	}

	/** evaluate: the reporter's rating. */
	record Evaluate(@NotNull Rating rating, @Size(max = 2000) String note) {
	}

	/** extend: the handle deadline asked for, and why. */
	record Extend(@NotBlank @Size(max = 2000) String reason, @NotNull Instant deadline, Integer version) {
	}

	/** extension-decision: approve or deny the pending request. */
	record Decision(@NotNull Boolean approved, @Size(max = 2000) String note, Integer version) {
	}

	/** escalate (吹哨): the units summoned, the lead among them, and why. */
	record Escalate(@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 32) String> unitCodes,
			@NotBlank @Size(max = 32) String leadUnitCode, @NotBlank @Size(max = 2000) String reason, Integer version) {
	}

	/**
	 * escalation/report-in, escalation/done: the summoned unit answering (needed only if
	 * the caller works for several).
	 */
	record Summoned(@Size(max = 32) String unitCode, @Size(max = 2000) String note) {
	}

	/** A reply to a 督办 note. */
	record Reply(@NotBlank @Size(max = 2000) String reply) {
	}

}
