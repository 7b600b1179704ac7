package org.gongzhi.cases;

import java.time.Instant;

/**
 * A case whose handling unit waits for a decision on its extension request.
 *
 * @param summary the case
 * @param extensionId the request
 * @param requestedAt when it was asked for
 * @param requestedByName who asked
 * @param reason why
 * @param requestedDeadline the handle deadline asked for
 */
record PendingExtension(CaseSummary summary, long extensionId, Instant requestedAt, String requestedByName,
		String reason, Instant requestedDeadline) {
}
