package org.gongzhi.evaluation;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.cases.CaseEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the rollups from scratch from the cases' timeline: empties them, then counts
 * every event again. Events that arrive live meanwhile are counted once either way (the
 * replay skips what a listener has counted since the emptying, and the reverse), so the
 * timeline given must only hold every event committed before the call.
 */
@Service
public class IndicatorRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndicatorRebuild.class);

	private static final List<String> TABLES = List.of("indicator_rollup", "indicator_closure_bucket",
			"indicator_rollup_unit", "indicator_closure_bucket_unit", "indicator_rollup_area",
			"indicator_closure_bucket_area", "indicator_state_count", "indicator_state_area", "indicator_case",
			"indicator_processed_event");

	private final IndicatorRecorder recorder;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	IndicatorRebuild(IndicatorRecorder recorder, JdbcClient jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.recorder = recorder;
		this.events = events;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Empties the rollups and counts the events of the timeline, in any order; returns
	 * how many were counted. Must not run inside a transaction.
	 */
	public long rebuild(Stream<? extends CaseEvent> timeline) {
		this.transaction.executeWithoutResult(
				(status) -> TABLES.forEach((table) -> this.jdbc.sql("delete from " + table).update()));
		long counted = 0;
		for (Iterator<? extends CaseEvent> events = timeline.iterator(); events.hasNext();) {
			if (this.recorder.record(events.next())) {
				counted++;
			}
		}
		log.info("Indicator rollups rebuilt from {} case events", counted);
		this.events.publishEvent(new IndicatorsChanged(0));
		return counted;
	}

}
