package org.gongzhi.cases;

/** States of a case, DOMAIN.md §3. */
public enum CaseState {

	/** 上报: reported, waiting to be accepted */
	REPORTED,
	/** 立案 */
	ACCEPTED,
	/** 不予立案 */
	REJECTED,
	/** 派遣: sent to a handling unit */
	DISPATCHED,
	/** 处置中 */
	IN_PROGRESS,
	/** 处置完毕: waiting for verification */
	HANDLED,
	/** 结案 */
	CLOSED,
	/** 已评价 */
	EVALUATED

}
