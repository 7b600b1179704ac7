package org.gongzhi.registry;

/** Kinds of key places (重点场所). */
enum PlaceKind {

	/** 网吧 */
	INTERNET_CAFE,
	/** 学校 */
	SCHOOL,
	/** 医院 */
	HOSPITAL,
	/** 加油站 */
	GAS_STATION,
	/** 危化品场所 */
	HAZARDOUS_CHEMICALS,
	/** 集贸市场 */
	MARKET,
	/** 娱乐场所 */
	ENTERTAINMENT,
	/** 旅馆 */
	HOTEL,
	/** 其他 */
	OTHER

}
