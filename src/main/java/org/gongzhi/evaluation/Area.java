package org.gongzhi.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongzhi.org.OrgLevel;

/**
 * A kind of area row (V7_3): the rows of {@code indicator_rollup_unit},
 * {@code indicator_closure_bucket_unit} and {@code indicator_state_count} summed to the
 * org units of one level (whose codes are the first digits of their grids' codes) and
 * over the handling units, the categories or both. Wide views read these: the demo
 * district's 90 days are 91 rows of its total, not 80,000 rows of its grids, units and
 * categories. The same upserts keep them in the same transaction; {@link #KEPT} says
 * which are kept.
 *
 * @param level the level the org codes are cut to; a place above it (a case of a street
 * itself) stays whole
 * @param breakdown what the rows keep apart
 */
record Area(OrgLevel level, Breakdown breakdown) implements Comparable<Area> {

	/** The unit or category code of rows summed over all units or categories. */
	static final String ALL = "*";

	/**
	 * The kinds kept: totals down to the communities (a street's places), by unit and by
	 * category down to the streets. Everything else reads the grids' rows.
	 */
	static final List<Area> KEPT = List.of(new Area(OrgLevel.DISTRICT, Breakdown.TOTAL),
			new Area(OrgLevel.STREET, Breakdown.TOTAL), new Area(OrgLevel.COMMUNITY, Breakdown.TOTAL),
			new Area(OrgLevel.DISTRICT, Breakdown.UNIT), new Area(OrgLevel.STREET, Breakdown.UNIT),
			new Area(OrgLevel.DISTRICT, Breakdown.CATEGORY), new Area(OrgLevel.STREET, Breakdown.CATEGORY));

	private static final Comparator<Area> ORDER = Comparator.comparing(Area::level).thenComparing(Area::breakdown);

	/** What the rows of an area keep apart besides the place and the day (or state). */
	enum Breakdown {

		/** nothing: all units and categories together */
		TOTAL,
		/** the handling unit (categories together) */
		UNIT,
		/** the category (units together) */
		CATEGORY

	}

	/**
	 * The kept area whose rows answer a report exactly, the smallest that does: none for
	 * a report by worker, or one that keeps both units and categories apart (by filter or
	 * grouping), or below the kept levels.
	 * @param org the org unit code the report is of
	 * @param unit its handling unit filter, {@code null} for none
	 * @param category its category filter, {@code null} for none
	 */
	static Optional<Area> answering(String org, String unit, String category, GroupBy groupBy) {
		boolean byUnit = unit != null || groupBy == GroupBy.UNIT;
		boolean byCategory = category != null || groupBy == GroupBy.CATEGORY;
		if (groupBy == GroupBy.WORKER || (byUnit && byCategory)) {
			return Optional.empty();
		}
		Breakdown breakdown = byUnit ? Breakdown.UNIT : byCategory ? Breakdown.CATEGORY : Breakdown.TOTAL;
		int needed = Math.max(org.length(), (groupBy.orgLevel() != null) ? groupBy.orgLevel().codeLength() : 0);
		return KEPT.stream()
			.filter((area) -> area.breakdown() == breakdown && area.level().codeLength() >= needed)
			.min(ORDER);
	}

	/** The area row a row of {@code indicator_rollup_unit} adds to. */
	RollupKey cut(RollupKey unitRow) {
		return new RollupKey(unitRow.day(), place(unitRow.orgCode()), unitOf(unitRow.unitCode()),
				categoryOf(unitRow.categoryCode()), 0);
	}

	/** The area row a row of {@code indicator_state_count} adds to. */
	StateKey cut(StateKey row) {
		return new StateKey(place(row.orgCode()), unitOf(row.unitCode()), categoryOf(row.categoryCode()), row.state());
	}

	private String place(String orgCode) {
		return orgCode.substring(0, Math.min(this.level.codeLength(), orgCode.length()));
	}

	private String unitOf(String unitCode) {
		return (this.breakdown == Breakdown.UNIT) ? unitCode : ALL;
	}

	private String categoryOf(String categoryCode) {
		return (this.breakdown == Breakdown.CATEGORY) ? categoryCode : ALL;
	}

	@Override
	public int compareTo(Area other) {
		return ORDER.compare(this, other);
	}

}
