package org.gongzhi.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works which grid, and the staffing figures that follow: households per grid worker,
 * grids without a worker, workers carrying too many households.
 */
@Service
@Transactional(readOnly = true)
public class GridStaffing {

	private final OrgUnits units;

	private final OrgUnitStore store;

	private final OrgWriter writer;

	private final OrgProperties properties;

	GridStaffing(OrgUnits units, OrgUnitStore store, OrgWriter writer, OrgProperties properties) {
		this.units = units;
		this.store = store;
		this.writer = writer;
		this.properties = properties;
	}

	/**
	 * Assigns a person to a grid; assigning the same person again changes nothing.
	 * @return whether the assignment is new
	 */
	@Transactional
	public boolean assign(String gridCode, String personKey, String personName, Long userId, GridDuty duty) {
		OrgUnit grid = this.units.get(gridCode);
		if (grid.level() != OrgLevel.GRID) {
			throw new InvalidInputException("org.staff.not-a-grid", gridCode);
		}
		return this.writer.assign(gridCode, personKey, personName, userId, duty);
	}

	@Transactional
	public void unassign(String gridCode, String personKey, GridDuty duty) {
		this.writer.unassign(this.units.get(gridCode).code(), personKey, duty);
	}

	public List<GridStaffMember> staffOf(String gridCode) {
		return this.store.staffUnder(this.units.get(gridCode));
	}

	/** The staffing of a unit and of each of its children. */
	public Staffing staffing(String code) {
		OrgUnit unit = this.units.get(code);
		List<MappedUnit> grids = this.store.mapped(unit, OrgLevel.GRID);
		List<GridStaffMember> staff = this.store.staffUnder(unit);
		Map<String, Integer> householdsByGrid = new HashMap<>();
		grids.forEach((grid) -> householdsByGrid.put(grid.code(), valueOf(grid.households())));
		Map<String, Integer> carried = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (GridStaffMember member : staff) {
			if (member.duty() == GridDuty.GRID_WORKER) {
				carried.merge(member.personKey(), householdsByGrid.getOrDefault(member.gridCode(), 0), Integer::sum);
				names.put(member.personKey(), member.personName());
			}
		}
		Set<String> overloaded = new HashSet<>();
		carried.forEach((person, households) -> {
			if (households > this.properties.maxHouseholdsPerWorker()) {
				overloaded.add(person);
			}
		});
		Tally tally = new Tally(grids, staff, overloaded, names);
		List<Staffing> children = new ArrayList<>();
		if (unit.level() != OrgLevel.GRID) {
			for (OrgUnit child : this.units.children(code)) {
				if (child.level() != OrgLevel.BUILDING) {
					children.add(tally.of(child, List.of()));
				}
			}
		}
		return tally.of(unit, children);
	}

	private static int valueOf(Integer value) {
		return (value != null) ? value : 0;
	}

	/**
	 * Adds up the figures of any unit from the grids and staff under the requested one.
	 */
	private record Tally(List<MappedUnit> grids, List<GridStaffMember> staff, Set<String> overloaded,
			Map<String, String> names) {

		Staffing of(OrgUnit unit, List<Staffing> children) {
			Set<String> gridCodes = new HashSet<>();
			int households = 0;
			for (MappedUnit grid : this.grids) {
				if (grid.code().startsWith(unit.code())) {
					gridCodes.add(grid.code());
					households += valueOf(grid.households());
				}
			}
			Set<String> staffed = new HashSet<>();
			Set<String> workers = new HashSet<>();
			for (GridStaffMember member : this.staff) {
				if (member.duty() == GridDuty.GRID_WORKER && gridCodes.contains(member.gridCode())) {
					staffed.add(member.gridCode());
					workers.add(member.personKey());
				}
			}
			Set<String> overloadedHere = new TreeSet<>();
			workers.stream()
				.filter(this.overloaded::contains)
				.forEach((person) -> overloadedHere.add(this.names.get(person)));
			Integer perWorker = workers.isEmpty() ? null : Math.round((float) households / workers.size());
			return new Staffing(unit.code(), unit.name(), unit.level(), gridCodes.size(),
					gridCodes.size() - staffed.size(), workers.size(), households, perWorker,
					List.copyOf(overloadedHere), children);
		}

	}

}
