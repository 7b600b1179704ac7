package org.gongzhi.cases;

import java.time.LocalDate;

/**
 * Hands out the running number of a district's cases of one day. Every report takes one,
 * so it must not hold a lock for long: the number is taken and committed on its own,
 * before the report's transaction. A report that then fails leaves a gap, never a
 * duplicate.
 */
interface CaseNumberCounter {

	/** The next number of the district on the day, from 1, already committed. */
	int next(String districtCode, LocalDate day);

}
