package org.gongzhi.org;

/**
 * Levels of the org tree. NBS codes fix the code length of the administrative levels.
 */
public enum OrgLevel {

	/** 省 */
	PROVINCE(2),
	/** 市 */
	CITY(4),
	/** 区/县 */
	DISTRICT(6),
	/** 街道/乡镇 */
	STREET(9),
	/** 社区/村 */
	COMMUNITY(12),
	/** 网格: community code + 3 digits */
	GRID(15),
	/** 楼栋/院落: grid code + 3 digits */
	BUILDING(18);

	private final int codeLength;

	OrgLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return this.codeLength;
	}

	/** The message key of the level's name in the UI. */
	public String labelKey() {
		return "org.level." + name();
	}

}
