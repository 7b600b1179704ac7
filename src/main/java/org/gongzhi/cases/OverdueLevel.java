package org.gongzhi.cases;

/** How far a stage has run through its time limit. */
public enum OverdueLevel {

	/** 黄牌: at least 80 % of the time used */
	YELLOW,
	/** 红牌: past the deadline */
	RED

}
