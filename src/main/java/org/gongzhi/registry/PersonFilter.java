package org.gongzhi.registry;

/**
 * Filters of the person list; all optional.
 *
 * @param q the start of the name
 * @param org an org unit (code prefix) within the caller's scope
 * @param householdId one household
 * @param houseId one house
 * @param residence 户籍, 流动 or 境外
 * @param group a special group's code
 * @param includeMovedOut also persons who moved out
 * @param offset rows to skip
 * @param limit rows to answer, at most 100
 */
record PersonFilter(String q, String org, Long householdId, Long houseId, Residence residence, String group,
		boolean includeMovedOut, int offset, int limit) {

}
