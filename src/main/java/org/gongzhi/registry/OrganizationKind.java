package org.gongzhi.registry;

/** Kinds of organizations (组织). */
enum OrganizationKind {

	/** 企业 */
	ENTERPRISE,
	/** 个体商户 */
	SHOP,
	/** 社会组织 */
	SOCIAL_ORGANIZATION,
	/** 物业公司 */
	PROPERTY_COMPANY,
	/** 业主委员会 */
	OWNERS_COMMITTEE,
	/** 其他 */
	OTHER

}
