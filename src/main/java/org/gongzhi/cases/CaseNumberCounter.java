package org.gongzhi.cases;

import java.time.LocalDate;

/**
 * Hands out the running number of a district's cases of one day. Every report takes one,
 * so it must not hold a lock for long: a report written alone takes its number committed
 * on its own, before the report's transaction (a report that then fails leaves a gap,
 * never a duplicate); a batch of reports takes its numbers in its own transaction, with
 * one update per district and day.
 */
interface CaseNumberCounter {

	/** The next number of the district on the day, from 1, already committed. */
	int next(String districtCode, LocalDate day);

	/**
	 * Takes {@code count} numbers of the district on the day in the current transaction
	 * and returns the last of them. The counter's row stays locked until that transaction
	 * ends, and a rollback gives the numbers back: for a writer that takes the numbers of
	 * many reports at once and commits them with their cases.
	 */
	int next(String districtCode, LocalDate day, int count);

}
