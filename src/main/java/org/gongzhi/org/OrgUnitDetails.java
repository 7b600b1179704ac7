package org.gongzhi.org;

/**
 * Everything an administrator sees of one unit.
 */
record OrgUnitDetails(String code, String name, OrgLevel level, String parentCode, String contactPhone,
		Integer households, Integer population, String boundary) {
}
