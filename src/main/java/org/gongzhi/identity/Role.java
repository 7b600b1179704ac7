package org.gongzhi.identity;

/**
 * Roles of DOMAIN.md §2. ADMIN, SECURITY_ADMIN and AUDITOR are kept apart (三员分立).
 */
public enum Role {

	/** 居民 */
	RESIDENT,
	/** 网格员 */
	GRID_WORKER,
	/** 社区工作者 */
	COMMUNITY_WORKER,
	/** 指挥中心受理/派遣员 */
	DISPATCHER,
	/** 职能部门处置人员 */
	DEPARTMENT,
	/** 党组织书记 */
	PARTY_SECRETARY,
	/** 领导 */
	LEADER,
	/** 系统管理员 */
	ADMIN,
	/** 安全审计员 */
	AUDITOR,
	/** 安全管理员 */
	SECURITY_ADMIN;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	public String labelKey() {
		return "role." + name();
	}

}
