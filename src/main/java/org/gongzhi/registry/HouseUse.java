package org.gongzhi.registry;

/** What a house is used for. */
enum HouseUse {

	/** 住宅 */
	RESIDENTIAL,
	/** 商业 */
	COMMERCIAL,
	/** 商住两用 */
	MIXED,
	/** 其他 */
	OTHER

}
