package org.gongzhi.registry;

/** Who lives in a house. */
enum Occupancy {

	/** 自住 */
	OWNER_OCCUPIED,
	/** 出租 */
	RENTED,
	/** 空置 */
	VACANT

}
