package org.gongzhi.cases;

import java.time.LocalDate;

/**
 * Hands out the running numbers of a district's cases of one day. Every report takes one,
 * so it must not hold a lock for long: the numbers are taken and committed on their own,
 * before the transaction of the reports that use them, one update for all the reports of
 * a batch. A report that then fails leaves a gap, never a duplicate.
 */
interface CaseNumberCounter {

	/**
	 * Takes the next {@code count} numbers of the district on the day (the first ever is
	 * 1), already committed; returns the last of them.
	 */
	int next(String districtCode, LocalDate day, int count);

}
