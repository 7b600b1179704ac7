package org.gongzhi.identity;

import java.time.Instant;

/**
 * One signed-in session as the security administrator sees it.
 *
 * @param id the session's key in the session table
 * @param username who
 * @param displayName their name
 * @param signedInAt when the session began
 * @param lastSeenAt its last request
 */
public record OnlineSession(String id, String username, String displayName, Instant signedInAt, Instant lastSeenAt) {
}
