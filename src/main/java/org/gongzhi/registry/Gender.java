package org.gongzhi.registry;

/** Gender as the ID number or the person states it. */
enum Gender {

	/** 男 */
	MALE,
	/** 女 */
	FEMALE

}
