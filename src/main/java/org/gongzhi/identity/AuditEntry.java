package org.gongzhi.identity;

import java.time.Instant;

/**
 * One entry of the security audit log.
 *
 * @param id position in the chain, from 1
 * @param occurredAt when it happened
 * @param actor username of who did it ({@code null} for the system)
 * @param action what was done, e.g. {@code LOGIN_FAILED}, {@code USER_CREATED}
 * @param target what it was done to (a username, a token name, a record id)
 * @param outcome whether it succeeded
 * @param clientIp address of the client, if it came over HTTP
 * @param detail a short note without secrets or personal data
 * @param prevHash hash of the previous entry
 * @param hash keyed hash over this entry and {@code prevHash}
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, Outcome outcome,
		String clientIp, String detail, String prevHash, String hash) {

	/** How an audited action ended. */
	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

}
