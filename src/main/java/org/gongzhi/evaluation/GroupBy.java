package org.gongzhi.evaluation;

import java.util.Locale;

import org.gongzhi.org.OrgLevel;
import org.gongzhi.shared.problem.InvalidInputException;

/** How an indicator report groups its rows. */
public enum GroupBy {

	/** One group: the whole org unit (and unit, category) asked for. */
	NONE(null),
	/** 网格 */
	GRID(OrgLevel.GRID),
	/** 社区 */
	COMMUNITY(OrgLevel.COMMUNITY),
	/** 街道 */
	STREET(OrgLevel.STREET),
	/** 区 */
	DISTRICT(OrgLevel.DISTRICT),
	/** handling unit (职能部门 or org unit), {@code ""} for cases not dispatched */
	UNIT(null),
	/** the user who acted (user id), {@code "0"} for none */
	WORKER(null),
	/** category */
	CATEGORY(null),
	/** Beijing-time day, {@code yyyy-MM-dd} */
	DAY(null),
	/** ISO week (Monday to Sunday), keyed by its Monday's date */
	WEEK(null),
	/** calendar month, {@code yyyy-MM} */
	MONTH(null);

	private final OrgLevel level;

	GroupBy(OrgLevel level) {
		this.level = level;
	}

	/** The org level this grouping adds up to, {@code null} for the others. */
	public OrgLevel orgLevel() {
		return this.level;
	}

	/** Whether groups are periods. */
	public boolean isPeriod() {
		return this == DAY || this == WEEK || this == MONTH;
	}

	/** The grouping named (any case), a 400 problem for an unknown name. */
	public static GroupBy parse(String name) {
		if (name == null || name.isBlank()) {
			return NONE;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("indicators.group-by.invalid", name);
		}
	}

}
