package org.gongzhi.org;

/**
 * The five files of the NBS divisions extract, in the order they must be read (parents
 * first), with the level their rows become and the column that holds the parent's code.
 */
enum DivisionFile {

	PROVINCES("provinces", OrgLevel.PROVINCE, -1), CITIES("cities", OrgLevel.CITY, 2),
	AREAS("areas", OrgLevel.DISTRICT, 2), STREETS("streets", OrgLevel.STREET, 2),
	VILLAGES("villages", OrgLevel.COMMUNITY, 2);

	private final String baseName;

	private final OrgLevel level;

	private final int parentColumn;

	DivisionFile(String baseName, OrgLevel level, int parentColumn) {
		this.baseName = baseName;
		this.level = level;
		this.parentColumn = parentColumn;
	}

	String baseName() {
		return this.baseName;
	}

	OrgLevel level() {
		return this.level;
	}

	/** Column of the parent code, or -1 for the top level. */
	int parentColumn() {
		return this.parentColumn;
	}

}
