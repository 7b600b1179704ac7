package org.gongzhi.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.cases.CaseReported;
import org.gongzhi.cases.CaseVerified;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes case events the way the cases module does (inside a transaction, so the
 * listeners run after it commits) and waits for the notify listener to finish with them.
 * Event and case ids start at a random point so tests sharing a context never collide.
 */
final class CaseEventFixture {

	static final String GRID = "210105001002001";

	static final String CITY_MANAGEMENT = "210105-CG";

	static final String CITY_MANAGEMENT_SQUAD = "210105-CG-001";

	static final String HOUSING = "210105-ZJ";

	static final String MARKET = "210105-SJ";

	private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	CaseEventFixture(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	static long nextId() {
		return IDS.incrementAndGet();
	}

	/** A case in the demo grid, dispatched to the unit, reported by the user. */
	static CaseFacts caseOf(String unitCode, Long reporterUserId) {
		return caseIn(GRID, unitCode, reporterUserId);
	}

	/** A case located in the org unit. */
	static CaseFacts caseIn(String orgCode, String unitCode, Long reporterUserId) {
		long id = nextId();
		return new CaseFacts(id, "HG20261123-" + id, orgCode, "0301", unitCode, reporterUserId);
	}

	static CaseAccepted accepted(CaseFacts facts, Long actor) {
		return new CaseAccepted(nextId(), facts, Instant.now(), actor, true);
	}

	/**
	 * Publishes the events in one transaction and waits until notify has handled them.
	 */
	void publish(CaseEvent... events) {
		this.transactions.executeWithoutResult((status) -> {
			for (CaseEvent event : events) {
				this.events.publishEvent(event);
				// the registry keeps a publication per listener until it completes: that
				// is what awaitHandled waits for, so it must be there
				if (heard(event) && publications(event.eventId()) == 0) {
					throw new AssertionError("no publication of event " + event.eventId() + " for notify");
				}
			}
		});
		for (CaseEvent event : events) {
			if (heard(event)) {
				awaitHandled(event.eventId());
			}
		}
	}

	/** Whether notify listens to events of this type at all. */
	private static boolean heard(CaseEvent event) {
		return !(event instanceof CaseReported || event instanceof CaseVerified);
	}

	/** Waits until notify's listener completed the event (its publication is deleted). */
	void awaitHandled(long eventId) {
		await(() -> publications(eventId) == 0, "the notify listener to handle event " + eventId);
	}

	private long publications(long eventId) {
		return this.jdbc
			.sql("select count(*) from event_publication where listener_id like ? and serialized_event like ?")
			.params("%notify%", "%\"eventId\":" + eventId + ",%")
			.query(Long.class)
			.single();
	}

	/** The recipients notified of the event, by user id. */
	List<Long> recipientsOf(long eventId) {
		return this.jdbc.sql("select recipient_id from notification where event_id = ? order by recipient_id")
			.param(eventId)
			.query(Long.class)
			.list();
	}

	String messageKeyFor(long eventId, long userId) {
		return this.jdbc.sql("select message_key from notification where event_id = ? and recipient_id = ?")
			.params(eventId, userId)
			.query(String.class)
			.single();
	}

	long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for " + what);
			}
		}
	}

}
