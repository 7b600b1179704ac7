package org.gongzhi.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

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
 * Counts case events into the rollups, each exactly once: an event's id is claimed in the
 * same transaction as its rollup updates, so a second delivery finds it claimed and
 * changes nothing. Concurrent callers are counted together: one of them (the leader)
 * counts the events of all waiting, up to {@value #MOST}, in one transaction, their
 * changes summed so that each rollup row gets one upsert; each caller returns once its
 * event is committed. If that transaction fails, each event is counted in one of its own,
 * run again when it loses a race (a deadlock, a lock timeout, two first inserts of one
 * row). Once counted, {@link IndicatorsChanged} is published.
 */
@Component
class IndicatorRecorder {

	private static final Logger log = LoggerFactory.getLogger(IndicatorRecorder.class);

	private static final int ATTEMPTS = 8;

	private static final int MOST = 200;

	private final RollupUpserts upserts;

	private final CaseStandings standings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();

	private final ReentrantLock leading = new ReentrantLock();

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
		Waiting mine = new Waiting(event, new CompletableFuture<>());
		this.waiting.add(mine);
		while (true) {
			if (this.leading.tryLock()) {
				try {
					countWaiting();
				}
				finally {
					this.leading.unlock();
				}
				// events added while letting go wait for a leader: be it again
				if (this.waiting.isEmpty()) {
					break;
				}
			}
			else {
				// the leader counts every event waiting, and looks again once it lets go
				break;
			}
		}
		try {
			return mine.counted().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** As the leader: counts the events waiting, batch by batch, until none is left. */
	private void countWaiting() {
		List<Waiting> batch = new ArrayList<>();
		while (this.waiting.drainTo(batch, MOST) > 0) {
			try {
				count(batch);
			}
			finally {
				batch.forEach((left) -> left.counted()
					.completeExceptionally(new IllegalStateException("The event was not counted")));
				batch.clear();
			}
		}
	}

	private void count(List<Waiting> batch) {
		List<CaseEvent> batchEvents = batch.stream().map(Waiting::event).toList();
		Optional<List<Boolean>> together = (batch.size() > 1) ? countTogether(batchEvents) : Optional.empty();
		if (together.isPresent()) {
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).counted().complete(together.get().get(i));
			}
			changed(batchEvents, together.get());
			return;
		}
		for (Waiting one : batch) {
			try {
				boolean counted = countAlone(one.event());
				one.counted().complete(counted);
				changed(List.of(one.event()), List.of(counted));
			}
			catch (RuntimeException ex) {
				one.counted().completeExceptionally(ex);
			}
		}
	}

	/** The events counted in one transaction; empty if it failed (nothing counted). */
	private Optional<List<Boolean>> countTogether(List<CaseEvent> batchEvents) {
		try {
			return Optional.of(this.transaction.execute((status) -> countNew(batchEvents)));
		}
		catch (RuntimeException ex) {
			log.debug("Counting {} case events together failed ({}); counting them one by one", batchEvents.size(),
					ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private boolean countAlone(CaseEvent event) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> countNew(List.of(event))).get(0);
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

	/**
	 * Counts the events not counted before, in the current transaction; for each event
	 * whether it was counted (an event given twice counts once). The standings of their
	 * cases are locked in case order, and the sum of their changes is written in the
	 * global order of {@link RollupWrites}, the same for every transaction (no lock
	 * cycles between concurrent listeners or nodes).
	 */
	private List<Boolean> countNew(List<CaseEvent> batchEvents) {
		Set<Long> ids = new LinkedHashSet<>();
		batchEvents.forEach((event) -> ids.add(event.eventId()));
		Set<Long> claimed = new HashSet<>(this.upserts.claim(ids, this.clock.instant()));
		List<Boolean> counted = new ArrayList<>(batchEvents.size());
		List<CaseEvent> toCount = new ArrayList<>();
		for (CaseEvent event : batchEvents) {
			boolean first = claimed.remove(event.eventId());
			counted.add(first);
			if (first) {
				toCount.add(event);
			}
		}
		if (toCount.isEmpty()) {
			return counted;
		}
		SortedSet<Long> caseIds = new TreeSet<>();
		toCount.forEach((event) -> caseIds.add(event.facts().caseId()));
		Map<Long, CaseStanding> before = this.standings.lock(caseIds);
		Map<Long, CaseStanding> after = new TreeMap<>(before);
		RollupChanges changes = new RollupChanges();
		for (CaseEvent event : toCount) {
			EventFlows.add(event, changes);
			after.compute(event.facts().caseId(),
					(caseId, standing) -> (standing != null) ? standing.apply(event) : CaseStanding.first(event));
		}
		// each standing's contribution is taken back and added anew once for all its
		// events
		before.values().forEach((standing) -> standing.contribute(changes, -1));
		after.values().forEach((standing) -> standing.contribute(changes, 1));
		this.standings.updateAll(after.values().stream().filter((s) -> before.containsKey(s.caseId())).toList());
		this.standings.insertAll(after.values().stream().filter((s) -> !before.containsKey(s.caseId())).toList());
		RollupWrites.of(changes).forEach((write) -> this.upserts.add(write.table(), write.rows()));
		return counted;
	}

	private void changed(List<CaseEvent> batchEvents, List<Boolean> counted) {
		Set<Long> cases = new LinkedHashSet<>();
		for (int i = 0; i < batchEvents.size(); i++) {
			if (counted.get(i)) {
				cases.add(batchEvents.get(i).facts().caseId());
			}
		}
		cases.forEach((caseId) -> this.events.publishEvent(new IndicatorsChanged(caseId)));
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

	private record Waiting(CaseEvent event, CompletableFuture<Boolean> counted) {
	}

}
