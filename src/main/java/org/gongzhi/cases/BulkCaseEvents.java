package org.gongzhi.cases;

import java.util.List;

/**
 * Takes the events of cases loaded in bulk ({@code bulk-cases}), which are written
 * straight into the case tables and never published: a module that keeps something of its
 * own from case events (the indicator rollups) implements it to count them in the same
 * transaction as the cases, set by set instead of event by event.
 */
public interface BulkCaseEvents {

	/**
	 * The events of one case, in the order they happened (ids ascending), all of the
	 * case's events at once. Called inside the loader's transaction.
	 */
	void add(List<CaseEvent> eventsOfOneCase);

	/**
	 * Writes what was added since the last call, in the loader's transaction (it commits
	 * with the cases, or neither is written).
	 */
	void flush();

}
