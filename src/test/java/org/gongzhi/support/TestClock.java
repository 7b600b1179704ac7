package org.gongzhi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application clock in tests: real time, moved forward on demand so that lockout
 * windows, idle timeouts and password ages can be tested without waiting.
 * {@link ApplicationTest} puts it back after every test.
 */
public final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves the application's time forward. */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Back to real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the test clock stays in UTC");
	}

}
