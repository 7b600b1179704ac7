package org.gongzhi.cases;

/** The reporter's rating of a closed case. */
public enum Rating {

	/** 满意 */
	SATISFIED,
	/** 基本满意 */
	FAIRLY_SATISFIED,
	/** 不满意 */
	DISSATISFIED;

	/** Whether the rating counts towards 满意率 (满意 + 基本满意). */
	public boolean isSatisfied() {
		return this != DISSATISFIED;
	}

}
