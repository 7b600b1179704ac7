package org.gongzhi.org;

/**
 * A person working a grid.
 *
 * @param gridCode the grid
 * @param personKey identifies the person across grids
 * @param personName the name shown
 * @param userId the login account, if the person has one
 * @param duty grid worker or informant
 */
public record GridStaffMember(String gridCode, String personKey, String personName, Long userId, GridDuty duty) {
}
