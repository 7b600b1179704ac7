package org.gongzhi.evaluation;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.cases.CaseEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts one case event into the rollups, exactly once: the event id is claimed in the
 * same transaction as the rollup updates, so a second delivery finds it claimed and
 * changes nothing. A transaction that loses a race (a deadlock, a lock timeout, two first
 * inserts of one row) is run again. Once counted, {@link IndicatorsChanged} is published.
 */
@Component
class IndicatorRecorder {

	private static final Logger log = LoggerFactory.getLogger(IndicatorRecorder.class);

	private static final int ATTEMPTS = 8;

	private final RollupUpserts upserts;

	private final CaseStandings standings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	IndicatorRecorder(RollupUpserts upserts, CaseStandings standings, PlatformTransactionManager transactions,
			Clock clock, ApplicationEventPublisher events) {
		this.upserts = upserts;
		this.events = events;
		this.standings = standings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Counts the event unless it was counted before; whether it was counted now. Must not
	 * run inside another transaction (a failed attempt has to roll back alone).
	 */
	boolean record(CaseEvent event) {
		for (int attempt = 1;; attempt++) {
			try {
				boolean counted = Boolean.TRUE.equals(this.transaction.execute((status) -> recordOnce(event)));
				if (counted) {
					this.events.publishEvent(new IndicatorsChanged(event.facts().caseId()));
				}
				return counted;
			}
			catch (TransientDataAccessException | DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.debug("Counting case event {} again after {}", event.eventId(), ex.getClass().getSimpleName());
				pause(attempt);
			}
		}
	}

	private boolean recordOnce(CaseEvent event) {
		if (!this.upserts.claim(event.eventId(), this.clock.instant())) {
			return false;
		}
		RollupChanges changes = new RollupChanges();
		EventFlows.add(event, changes);
		Optional<CaseStanding> before = this.standings.lock(event.facts().caseId());
		CaseStanding after = before.map((standing) -> standing.apply(event)).orElseGet(() -> CaseStanding.first(event));
		before.ifPresent((standing) -> standing.contribute(changes, -1));
		after.contribute(changes, 1);
		if (before.isPresent()) {
			this.standings.update(after);
		}
		else {
			this.standings.insert(after);
		}
		apply(changes);
		return true;
	}

	/**
	 * Writes the changes table by table, each in its key order, the same for every
	 * transaction (no lock cycles between concurrent listeners).
	 */
	private void apply(RollupChanges changes) {
		RollupWrites.of(changes).forEach((write) -> this.upserts.add(write.table(), write.rows()));
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(5L * attempt + (long) (Math.random() * 10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
