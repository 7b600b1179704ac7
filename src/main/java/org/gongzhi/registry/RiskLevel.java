package org.gongzhi.registry;

/** Risk levels of places and special groups. */
enum RiskLevel {

	/** 低 */
	LOW,
	/** 中 */
	MEDIUM,
	/** 高 */
	HIGH

}
