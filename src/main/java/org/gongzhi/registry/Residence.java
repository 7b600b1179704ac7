package org.gongzhi.registry;

/** How a person belongs to the place. */
enum Residence {

	/** 户籍人口 */
	REGISTERED,
	/** 流动人口 */
	FLOATING,
	/** 境外人员 */
	OVERSEAS

}
