package org.gongzhi.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable spatial index of grid outlines: which grid covers a point. A point on a
 * border between grids belongs to the grid with the smaller code, so every point has one
 * answer.
 */
final class GridIndex {

	static final GridIndex EMPTY = new GridIndex(List.of(), Map.of());

	private final STRtree tree = new STRtree();

	private final Map<String, OrgUnit> ancestors;

	private final int size;

	private GridIndex(List<Entry> grids, Map<String, OrgUnit> ancestors) {
		for (Entry grid : grids) {
			this.tree.insert(grid.prepared.getGeometry().getEnvelopeInternal(), grid);
		}
		this.tree.build();
		this.ancestors = ancestors;
		this.size = grids.size();
	}

	/**
	 * @param grids grid outlines
	 * @param ancestors the units above the grids, to name a location's community, street
	 * and district
	 */
	static GridIndex of(List<MappedUnit> grids, Map<String, OrgUnit> ancestors) {
		List<Entry> entries = new ArrayList<>(grids.size());
		for (MappedUnit grid : grids) {
			Geometry outline = Geometries.fromGeoJson(grid.boundary());
			entries
				.add(new Entry(grid.code(), grid.name(), grid.parentCode(), PreparedGeometryFactory.prepare(outline)));
		}
		return new GridIndex(entries, Map.copyOf(ancestors));
	}

	/** For benchmarks and tests: an index over bare polygons keyed by code. */
	static GridIndex ofGeometries(Map<String, Geometry> grids) {
		List<Entry> entries = new ArrayList<>(grids.size());
		grids.forEach(
				(code, outline) -> entries.add(new Entry(code, code, null, PreparedGeometryFactory.prepare(outline))));
		return new GridIndex(entries, Map.of());
	}

	int size() {
		return this.size;
	}

	/** The code of the grid covering the point, or {@code null}. */
	String gridAt(double lat, double lng) {
		Entry entry = entryAt(lat, lng);
		return (entry != null) ? entry.code : null;
	}

	GridLocation locate(double lat, double lng) {
		Entry grid = entryAt(lat, lng);
		if (grid == null) {
			return null;
		}
		OrgUnit community = this.ancestors.get(grid.parentCode);
		OrgUnit street = (community != null) ? this.ancestors.get(community.parentCode()) : null;
		OrgUnit district = (street != null) ? this.ancestors.get(street.parentCode()) : null;
		return new GridLocation(new GridLocation.UnitRef(grid.code, grid.name), ref(community), ref(street),
				ref(district));
	}

	private Entry entryAt(double lat, double lng) {
		Coordinate coordinate = new Coordinate(lng, lat);
		Finder finder = new Finder(Geometries.point(lng, lat));
		this.tree.query(new Envelope(coordinate), finder);
		return finder.found;
	}

	private static GridLocation.UnitRef ref(OrgUnit unit) {
		return (unit != null) ? new GridLocation.UnitRef(unit.code(), unit.name()) : null;
	}

	/** Codes of the units above these grids, to be loaded as ancestors. */
	static Set<String> parentCodes(List<MappedUnit> grids) {
		Set<String> codes = new HashSet<>();
		grids.forEach((grid) -> codes.add(grid.parentCode()));
		return codes;
	}

	static Map<String, OrgUnit> byCode(List<OrgUnit> units) {
		Map<String, OrgUnit> map = new HashMap<>();
		units.forEach((unit) -> map.put(unit.code(), unit));
		return map;
	}

	private record Entry(String code, String name, String parentCode, PreparedGeometry prepared) {
	}

	/**
	 * Visits the candidates of a point and keeps the covering grid with the smallest
	 * code.
	 */
	private static final class Finder implements org.locationtech.jts.index.ItemVisitor {

		private final Geometry point;

		private Entry found;

		Finder(Geometry point) {
			this.point = point;
		}

		@Override
		public void visitItem(Object item) {
			Entry entry = (Entry) item;
			if ((this.found == null || entry.code.compareTo(this.found.code) < 0)
					&& entry.prepared.covers(this.point)) {
				this.found = entry;
			}
		}

	}

}
