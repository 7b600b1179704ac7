package org.gongzhi.cases;

/** How urgent a case is; 特急 cases run on clock time, the others on working time. */
public enum Priority {

	/** 特急 */
	URGENT,
	/** 紧急 */
	HIGH,
	/** 一般 */
	NORMAL

}
