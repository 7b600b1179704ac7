package org.gongzhi.org;

import java.util.List;
import java.util.Optional;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org tree as other modules see it: look up a unit, walk to its children.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

	private final OrgUnitStore store;

	OrgUnits(OrgUnitStore store) {
		this.store = store;
	}

	public Optional<OrgUnit> find(String code) {
		return this.store.find(code);
	}

	/** The unit, or a 404 problem naming the code. */
	public OrgUnit get(String code) {
		return this.store.find(code).orElseThrow(() -> new NotFoundException("org.unit.not-found", code));
	}

	public List<OrgUnit> children(String code) {
		return this.store.children(code);
	}

	/**
	 * The units of one level in the subtree of {@code code}, e.g. all grids of a street.
	 */
	public List<OrgUnit> within(String code, OrgLevel level) {
		return this.store.within(get(code), level);
	}

	/**
	 * A point inside the unit's outline (its label point) to centre a map on; for a unit
	 * without an outline, or without a code, the point of the highest unit that has one.
	 */
	public Optional<MapPoint> mapCentre(String code) {
		return this.store.labelPoint(code);
	}

	/**
	 * Where the grids in the subtree of {@code code} are: a point inside each mapped grid
	 * (its label point) with its households, ordered by code. Grids without an outline
	 * are left out.
	 */
	public List<GridPoint> gridPoints(String code) {
		return this.store.gridPoints(get(code));
	}

	public String nameOf(String code) {
		return find(code).map(OrgUnit::name).orElse(code);
	}

}
