package org.gongzhi.org;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Org units as GeoJSON FeatureCollections for maps and exports.
 */
@Component
@Transactional(readOnly = true)
class OrgFeatures {

	private final OrgUnits units;

	private final OrgUnitStore store;

	private final JsonMapper json;

	OrgFeatures(OrgUnits units, OrgUnitStore store, JsonMapper json) {
		this.units = units;
		this.store = store;
		this.json = json;
	}

	/** The grids under a unit, with households and grid workers. */
	ObjectNode gridsWithin(String code) {
		OrgUnit unit = this.units.get(code);
		List<MappedUnit> grids = (unit.level() == OrgLevel.GRID) ? List.of(this.store.mapped(code).orElseThrow())
				: this.store.mapped(unit, OrgLevel.GRID);
		return collection(grids, workersByGrid(unit));
	}

	/**
	 * The children of a unit (a grid has none, so a grid answers itself), for drilling
	 * down a map.
	 */
	ObjectNode children(String code) {
		OrgUnit unit = this.units.get(code);
		List<MappedUnit> children = (unit.level() == OrgLevel.GRID) ? List.of(this.store.mapped(code).orElseThrow())
				: this.store.mappedChildren(code);
		// only grids name their workers: a district's need not read the staff of every
		// grid
		boolean grids = children.stream().anyMatch((child) -> child.level() == OrgLevel.GRID);
		return collection(children, grids ? workersByGrid(unit) : Map.of());
	}

	private Map<String, String> workersByGrid(OrgUnit unit) {
		return this.store.staffUnder(unit)
			.stream()
			.filter((member) -> member.duty() == GridDuty.GRID_WORKER)
			.collect(Collectors.groupingBy(GridStaffMember::gridCode,
					Collectors.mapping(GridStaffMember::personName, Collectors.joining("、"))));
	}

	private ObjectNode collection(List<MappedUnit> units, Map<String, String> workers) {
		ObjectNode collection = this.json.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (MappedUnit unit : units) {
			if (unit.boundary() == null) {
				continue;
			}
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", unit.code());
			ObjectNode properties = feature.putObject("properties");
			properties.put("code", unit.code());
			properties.put("name", unit.name());
			properties.put("level", unit.level().name());
			properties.put("households", unit.households());
			properties.put("population", unit.population());
			if (unit.level() == OrgLevel.GRID) {
				properties.put("worker", workers.get(unit.code()));
			}
			if (unit.labelLat() != null) {
				properties.put("labelLat", unit.labelLat());
				properties.put("labelLng", unit.labelLng());
			}
			feature.set("geometry", this.json.readTree(unit.boundary()));
		}
		return collection;
	}

}
