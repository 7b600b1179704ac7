package org.gongzhi.registry;

/** Highest education completed. */
enum Education {

	/** 未上学 */
	NONE,
	/** 小学 */
	PRIMARY,
	/** 初中 */
	JUNIOR,
	/** 高中/中专 */
	SENIOR,
	/** 大专 */
	COLLEGE,
	/** 本科 */
	BACHELOR,
	/** 研究生 */
	POSTGRADUATE

}
