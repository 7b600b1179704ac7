package org.gongzhi.org;

import java.util.List;

/**
 * Staffing of a unit (DOMAIN.md §1): grids, grid workers and the households they carry.
 *
 * @param code the unit
 * @param name its name
 * @param level its level
 * @param grids grids under it
 * @param gridsWithoutWorker grids nobody works
 * @param gridWorkers distinct grid workers
 * @param households households in its grids
 * @param householdsPerWorker households per grid worker, {@code null} without workers
 * @param overloadedWorkers names of grid workers carrying more than the allowed
 * households
 * @param children the same for each child unit (one level down only)
 */
public record Staffing(String code, String name, OrgLevel level, int grids, int gridsWithoutWorker, int gridWorkers,
		int households, Integer householdsPerWorker, List<String> overloadedWorkers, List<Staffing> children) {

	/**
	 * Whether the unit needs attention: a grid without worker or an overloaded worker.
	 */
	public boolean flagged() {
		return this.gridsWithoutWorker > 0 || !this.overloadedWorkers.isEmpty();
	}

}
