package org.gongzhi.registry;

/** Kinds of identity documents. */
enum IdType {

	/** 居民身份证 (GB 11643) */
	RESIDENT_ID,
	/** 港澳居民来往内地通行证 */
	HK_MACAO_PERMIT,
	/** 台湾居民来往大陆通行证 */
	TAIWAN_PERMIT,
	/** 护照 */
	PASSPORT,
	/** 外国人永久居留身份证 */
	FOREIGN_PERMANENT,
	/** 其他 */
	OTHER

}
