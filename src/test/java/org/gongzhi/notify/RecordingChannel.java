package org.gongzhi.notify;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * A channel for the tests, picked up by component scanning in every test context: it
 * carries every kind, counts each successful delivery per notification, and fails on
 * demand for the cases a test names.
 */
@Component
class RecordingChannel implements NotificationChannel {

	static final String NAME = "test-recording";

	private final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

	private final Set<Long> slowCases = ConcurrentHashMap.newKeySet();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean carries(NotificationKind kind) {
		return true;
	}

	@Override
	public void deliver(OutgoingNotification notification) throws DeliveryException {
		AtomicInteger failures = this.failuresLeft.get(notification.caseId());
		if (failures != null && failures.getAndDecrement() > 0) {
			throw new DeliveryException("test failure");
		}
		if (this.slowCases.contains(notification.caseId())) {
			// widens the window in which two workers could both send it
			sleep(20);
		}
		this.delivered.computeIfAbsent(notification.id(), (id) -> new AtomicInteger()).incrementAndGet();
	}

	/** Fails the next {@code times} deliveries of the case's notifications. */
	void failFor(long caseId, int times) {
		this.failuresLeft.put(caseId, new AtomicInteger(times));
	}

	void slowFor(long caseId) {
		this.slowCases.add(caseId);
	}

	/** How often the notification was delivered. */
	int deliveries(long notificationId) {
		AtomicInteger count = this.delivered.get(notificationId);
		return (count != null) ? count.get() : 0;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
