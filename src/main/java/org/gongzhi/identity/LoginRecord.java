package org.gongzhi.identity;

import java.time.Instant;

/**
 * A sign-in: when, and from which address.
 *
 * @param at the time
 * @param place the client's IP address as seen by the server (behind a proxy: its
 * forwarded address)
 */
public record LoginRecord(Instant at, String place) {
}
