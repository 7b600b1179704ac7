package org.gongzhi.evaluation;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The key of a rollup row.
 *
 * @param day the Asia/Shanghai day
 * @param orgCode the case's org unit
 * @param unitCode the handling unit, {@code ""} for none
 * @param categoryCode the case's category
 * @param workerId the user who acted, {@code 0} for none (the system, residents)
 */
record RollupKey(LocalDate day, String orgCode, String unitCode, String categoryCode,
		long workerId) implements Comparable<RollupKey> {

	/** Rows are always written in this order, so concurrent listeners cannot deadlock. */
	private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::day)
		.thenComparing(RollupKey::orgCode)
		.thenComparing(RollupKey::unitCode)
		.thenComparing(RollupKey::categoryCode)
		.thenComparingLong(RollupKey::workerId);

	static final String NONE = "";

	RollupKey {
		unitCode = (unitCode != null) ? unitCode : NONE;
		categoryCode = (categoryCode != null) ? categoryCode : NONE;
	}

	/** The district part of the org code (NBS codes: the first six digits). */
	String districtCode() {
		return districtOf(this.orgCode);
	}

	static String districtOf(String orgCode) {
		return orgCode.substring(0, Math.min(6, orgCode.length()));
	}

	@Override
	public int compareTo(RollupKey other) {
		return ORDER.compare(this, other);
	}

}
