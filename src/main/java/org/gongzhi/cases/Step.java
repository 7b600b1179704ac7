package org.gongzhi.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * One entry a transition adds to the timeline, and the event it publishes once the entry
 * has its id.
 *
 * @param action what happened
 * @param from state before
 * @param to state after
 * @param unitCode the unit concerned, if any
 * @param note the actor's note or reason
 * @param detail further data of the action (shown on the timeline as JSON)
 * @param attachments ids of uploaded files
 * @param event the case event for the entry's id, or {@code null} if none is published
 */
record Step(CaseAction action, CaseState from, CaseState to, String unitCode, String note, Map<String, Object> detail,
		List<UUID> attachments, LongFunction<CaseEvent> event) {

	Step {
		detail = (detail != null) ? detail : Map.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	Step withAttachments(List<UUID> ids) {
		return new Step(this.action, this.from, this.to, this.unitCode, this.note, this.detail, ids, this.event);
	}

}
