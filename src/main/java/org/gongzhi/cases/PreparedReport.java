package org.gongzhi.cases;

import java.util.List;

/**
 * A checked report, ready to be written: its case located and clocked, the timeline steps
 * it starts with, and the caller's idempotency key.
 *
 * @param subject the new case, without id and number yet
 * @param steps its first timeline entries (REPORT, and SELF_HANDLE when self-handled)
 * @param moment when and by whom it was reported
 * @param key the caller's Idempotency-Key, or {@code null}
 * @param requestHash hash of the request, with a key
 */
record PreparedReport(Case subject, List<Step> steps, Moment moment, String key, String requestHash) {

	PreparedReport {
		steps = List.copyOf(steps);
	}

	long callerId() {
		return this.moment.actor().userId();
	}

	boolean hasAttachments() {
		return this.steps.stream().anyMatch((step) -> !step.attachments().isEmpty());
	}

}
