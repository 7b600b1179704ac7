package org.gongzhi.org;

/**
 * Where a point lies in the org tree.
 *
 * @param grid the grid
 * @param community its community
 * @param street its street
 * @param district its district
 */
public record GridLocation(UnitRef grid, UnitRef community, UnitRef street, UnitRef district) {

	/** A unit by code and name. */
	public record UnitRef(String code, String name) {
	}

}
