package org.gongzhi.org;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outlines of org units and the grids inside communities: generating a demo district,
 * drawing or uploading an outline, adding grids and buildings. Every change to grids
 * announces {@link GridsChanged}.
 */
@Service
public class OrgGeography {

	private final OrgUnits units;

	private final OrgUnitStore store;

	private final OrgWriter writer;

	private final ApplicationEventPublisher events;

	OrgGeography(OrgUnits units, OrgUnitStore store, OrgWriter writer, ApplicationEventPublisher events) {
		this.units = units;
		this.store = store;
		this.writer = writer;
		this.events = events;
	}

	/**
	 * Cuts the real outline of a district into its streets, communities and generated
	 * grids, unless it has grids already.
	 * @return whether grids were generated
	 */
	@Transactional
	public boolean generateDemoGrids(String districtCode, long seed, int households) {
		OrgUnit district = this.units.get(districtCode);
		if (!this.store.mapped(district, OrgLevel.GRID).isEmpty()) {
			return false;
		}
		Geometry outline = Geometries.districtBoundary(districtCode);
		if (outline == null) {
			throw new InvalidInputException("org.geometry.no-outline", districtCode);
		}
		List<GridGenerator.StreetPlan> plans = new ArrayList<>();
		for (OrgUnit street : this.units.children(districtCode)) {
			List<GridGenerator.Community> communities = this.units.children(street.code())
				.stream()
				.map((community) -> new GridGenerator.Community(community.code(), community.name()))
				.toList();
			plans.add(new GridGenerator.StreetPlan(street.code(), street.name(), communities));
		}
		GridGenerator.GeneratedDistrict generated = GridGenerator.generate(outline, plans, households, seed);
		this.writer.boundary(districtCode, outline);
		int districtHouseholds = 0;
		int districtPopulation = 0;
		for (GridGenerator.GeneratedUnit street : generated.streets()) {
			save(street);
			districtHouseholds += street.households();
			districtPopulation += street.population();
		}
		this.writer.estimates(districtCode, districtHouseholds, districtPopulation);
		generated.communities().forEach(this::save);
		for (GridGenerator.GeneratedUnit grid : generated.grids()) {
			OrgUnit community = this.units.get(grid.code().substring(0, OrgLevel.COMMUNITY.codeLength()));
			this.writer.insert(grid.code(), grid.name(), OrgLevel.GRID, community, grid.households(),
					grid.population());
			this.writer.boundary(grid.code(), grid.area());
		}
		this.events.publishEvent(new GridsChanged(districtCode));
		return true;
	}

	/**
	 * The grids with an outline within a unit (its subtree), with their households and
	 * bounding boxes, in code order.
	 */
	@Transactional(readOnly = true)
	public List<GridArea> gridAreas(String code) {
		List<GridArea> areas = new ArrayList<>();
		for (MappedUnit grid : this.store.mapped(this.units.get(code), OrgLevel.GRID)) {
			if (grid.boundary() == null) {
				continue;
			}
			Geometry outline = Geometries.fromGeoJson(grid.boundary());
			Envelope box = outline.getEnvelopeInternal();
			Point inside = outline.getInteriorPoint();
			double labelLat = (grid.labelLat() != null) ? grid.labelLat() : inside.getY();
			double labelLng = (grid.labelLng() != null) ? grid.labelLng() : inside.getX();
			areas.add(new GridArea(grid.code(), (grid.households() != null) ? grid.households() : 0, labelLat, labelLng,
					box.getMinY(), box.getMinX(), box.getMaxY(), box.getMaxX()));
		}
		return areas;
	}

	/** Renames a unit and corrects its contact phone and estimates. */
	@Transactional
	public void describe(String code, String name, String contactPhone, Integer households, Integer population) {
		this.writer.describe(this.units.get(code).code(), name.strip(),
				(contactPhone == null || contactPhone.isBlank()) ? null : contactPhone.strip(), households, population);
	}

	/**
	 * Replaces the outline of a unit with an uploaded or drawn (multi)polygon in GeoJSON.
	 */
	@Transactional
	public void redraw(String code, String geoJson) {
		OrgUnit unit = this.units.get(code);
		this.writer.boundary(unit.code(), Geometries.polygonFromUpload(geoJson));
		if (unit.level() == OrgLevel.GRID) {
			this.events.publishEvent(new GridsChanged(unit.code()));
		}
	}

	/**
	 * Adds a grid to a community: its code is the community's code and the next free
	 * 3-digit number.
	 * @return the new grid's code
	 */
	@Transactional
	public String addGrid(String communityCode, String name, int households, String geoJson) {
		OrgUnit community = this.units.get(communityCode);
		if (community.level() != OrgLevel.COMMUNITY) {
			throw new InvalidInputException("org.grid.parent-not-community", communityCode);
		}
		Geometry outline = (geoJson == null || geoJson.isBlank()) ? null : Geometries.polygonFromUpload(geoJson);
		String code = nextChildCode(community, OrgLevel.GRID);
		this.writer.insert(code, name, OrgLevel.GRID, community, households, null);
		if (outline != null) {
			this.writer.boundary(code, outline);
			this.events.publishEvent(new GridsChanged(code));
		}
		return code;
	}

	/** Adds a building (楼栋) with its location to a grid. */
	@Transactional
	public String addBuilding(String gridCode, String name, int households, double lat, double lng) {
		OrgUnit grid = this.units.get(gridCode);
		if (grid.level() != OrgLevel.GRID) {
			throw new InvalidInputException("org.building.parent-not-grid", gridCode);
		}
		String code = nextChildCode(grid, OrgLevel.BUILDING);
		this.writer.insert(code, name, OrgLevel.BUILDING, grid, households, null);
		this.writer.point(code, lat, lng);
		return code;
	}

	private String nextChildCode(OrgUnit parent, OrgLevel level) {
		int next = this.units.children(parent.code())
			.stream()
			.filter((child) -> child.level() == level)
			.mapToInt((child) -> Integer.parseInt(child.code().substring(parent.code().length())))
			.max()
			.orElse(0) + 1;
		if (next > 999) {
			throw new ConflictException("org.grid.numbers-exhausted", parent.code());
		}
		return parent.code() + String.format("%03d", next);
	}

	private void save(GridGenerator.GeneratedUnit unit) {
		this.writer.boundary(unit.code(), unit.area());
		this.writer.estimates(unit.code(), unit.households(), unit.population());
	}

}
