package org.gongzhi.org;

/**
 * One unit of the org tree.
 *
 * @param code NBS code (grids and buildings extend their parent's code)
 * @param name official name
 * @param level level in the tree
 * @param parentCode code of the parent, {@code null} for a province
 * @param path codes from the root, e.g. {@code /21/2101/210105/}, for subtree queries by
 * prefix
 * @param households estimated households, if known
 * @param population estimated population, if known
 */
public record OrgUnit(String code, String name, OrgLevel level, String parentCode, String path, Integer households,
		Integer population) {

	/** Whether {@code other} lies in this unit's subtree (including the unit itself). */
	public boolean contains(OrgUnit other) {
		return other.path().startsWith(this.path);
	}

}
