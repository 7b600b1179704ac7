package org.gongzhi.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * An immutable spatial index of grid outlines: which grid covers a point. Outlines are
 * bucketed into a regular lattice of cells about the size of a grid, so a lookup computes
 * its cell and tests the few outlines there, without allocating. A point on a border
 * between grids belongs to the grid with the smaller code, so every point has one answer.
 */
final class GridIndex {

	static final GridIndex EMPTY = new GridIndex(List.of(), Map.of());

	/**
	 * Upper bound on cells, so a sparse, continent-wide set of grids cannot exhaust
	 * memory.
	 */
	private static final long MAX_CELLS = 4_000_000;

	private final Entry[] entries;

	private final Map<String, OrgUnit> ancestors;

	private final double minX;

	private final double minY;

	private final double cellSize;

	private final int columns;

	private final int rows;

	/**
	 * The entries of cell {@code c} are
	 * {@code cellEntries[cellStart[c] .. cellStart[c + 1])}, sorted by code: one flat
	 * array, read in order.
	 */
	private final int[] cellStart;

	private final int[] cellEntries;

	/** Envelope of entry {@code e} at {@code 4e}: min x, min y, max x, max y. */
	private final double[] bounds;

	private GridIndex(List<Entry> grids, Map<String, OrgUnit> ancestors) {
		this.entries = grids.stream().sorted(Comparator.comparing(Entry::code)).toArray(Entry[]::new);
		this.ancestors = ancestors;
		Envelope extent = new Envelope();
		for (Entry entry : this.entries) {
			extent.expandToInclude(entry.envelope);
		}
		this.bounds = new double[this.entries.length * 4];
		for (int e = 0; e < this.entries.length; e++) {
			Envelope envelope = this.entries[e].envelope;
			this.bounds[4 * e] = envelope.getMinX();
			this.bounds[4 * e + 1] = envelope.getMinY();
			this.bounds[4 * e + 2] = envelope.getMaxX();
			this.bounds[4 * e + 3] = envelope.getMaxY();
		}
		if (this.entries.length == 0) {
			this.minX = 0;
			this.minY = 0;
			this.cellSize = 1;
			this.columns = 0;
			this.rows = 0;
			this.cellStart = new int[1];
			this.cellEntries = new int[0];
			return;
		}
		double size = typicalSize(this.entries);
		while ((long) Math.ceil(extent.getWidth() / size + 1)
				* (long) Math.ceil(extent.getHeight() / size + 1) > MAX_CELLS) {
			size *= 2;
		}
		this.minX = extent.getMinX();
		this.minY = extent.getMinY();
		this.cellSize = size;
		this.columns = (int) Math.floor(extent.getWidth() / size) + 1;
		this.rows = (int) Math.floor(extent.getHeight() / size) + 1;
		this.cellStart = new int[this.columns * this.rows + 1];
		forEachCell((cell, entry) -> this.cellStart[cell + 1]++);
		for (int cell = 0; cell < this.columns * this.rows; cell++) {
			this.cellStart[cell + 1] += this.cellStart[cell];
		}
		this.cellEntries = new int[this.cellStart[this.columns * this.rows]];
		int[] filled = new int[this.columns * this.rows];
		forEachCell((cell, entry) -> this.cellEntries[this.cellStart[cell] + filled[cell]++] = entry);
	}

	/**
	 * Visits each (cell, entry) pair in entry order, so every bucket ends up sorted by
	 * code.
	 */
	private void forEachCell(java.util.function.BiConsumer<Integer, Integer> visitor) {
		for (int e = 0; e < this.entries.length; e++) {
			Envelope envelope = this.entries[e].envelope;
			int fromColumn = column(envelope.getMinX());
			int toColumn = column(envelope.getMaxX());
			int fromRow = row(envelope.getMinY());
			int toRow = row(envelope.getMaxY());
			for (int c = fromColumn; c <= toColumn; c++) {
				for (int r = fromRow; r <= toRow; r++) {
					visitor.accept(r * this.columns + c, e);
				}
			}
		}
	}

	private static double typicalSize(Entry[] entries) {
		double[] sizes = new double[entries.length];
		for (int i = 0; i < entries.length; i++) {
			sizes[i] = Math.max(entries[i].envelope.getWidth(), entries[i].envelope.getHeight());
		}
		java.util.Arrays.sort(sizes);
		// half a typical grid: most cells then hold one or two outlines
		return Math.max(sizes[sizes.length / 2] / 2, 1e-6);
	}

	/**
	 * @param grids grid outlines
	 * @param ancestors the units above the grids, to name a location's community, street
	 * and district
	 */
	static GridIndex of(List<MappedUnit> grids, Map<String, OrgUnit> ancestors) {
		List<Entry> entries = new ArrayList<>(grids.size());
		for (MappedUnit grid : grids) {
			entries.add(Entry.of(grid.code(), grid.name(), grid.parentCode(), Geometries.fromGeoJson(grid.boundary())));
		}
		return new GridIndex(entries, Map.copyOf(ancestors));
	}

	/** For benchmarks and tests: an index over bare polygons keyed by code. */
	static GridIndex ofGeometries(Map<String, Geometry> grids) {
		List<Entry> entries = new ArrayList<>(grids.size());
		grids.forEach((code, outline) -> entries.add(Entry.of(code, code, null, outline)));
		return new GridIndex(entries, Map.of());
	}

	int size() {
		return this.entries.length;
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
		int column = (int) Math.floor((lng - this.minX) / this.cellSize);
		int row = (int) Math.floor((lat - this.minY) / this.cellSize);
		if (column < 0 || row < 0 || column >= this.columns || row >= this.rows) {
			return null;
		}
		int cell = row * this.columns + column;
		for (int k = this.cellStart[cell]; k < this.cellStart[cell + 1]; k++) {
			int e = this.cellEntries[k];
			int b = 4 * e;
			if (lng >= this.bounds[b] && lat >= this.bounds[b + 1] && lng <= this.bounds[b + 2]
					&& lat <= this.bounds[b + 3] && this.entries[e].covers(lng, lat)) {
				return this.entries[e];
			}
		}
		return null;
	}

	private int column(double x) {
		return Math.min(this.columns - 1, (int) Math.floor((x - this.minX) / this.cellSize));
	}

	private int row(double y) {
		return Math.min(this.rows - 1, (int) Math.floor((y - this.minY) / this.cellSize));
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

	/**
	 * One grid: its envelope and rings as flat {@code x0, y0, x1, y1, …} arrays, so a
	 * lookup reads contiguous memory and allocates nothing.
	 */
	private record Entry(String code, String name, String parentCode, Envelope envelope, double[][] shells,
			double[][][] holes) {

		static Entry of(String code, String name, String parentCode, Geometry outline) {
			int parts = outline.getNumGeometries();
			double[][] shells = new double[parts][];
			double[][][] holes = new double[parts][][];
			for (int p = 0; p < parts; p++) {
				Polygon polygon = (Polygon) outline.getGeometryN(p);
				shells[p] = flat(polygon.getExteriorRing().getCoordinates());
				holes[p] = new double[polygon.getNumInteriorRing()][];
				for (int h = 0; h < holes[p].length; h++) {
					holes[p][h] = flat(polygon.getInteriorRingN(h).getCoordinates());
				}
			}
			return new Entry(code, name, parentCode, outline.getEnvelopeInternal(), shells, holes);
		}

		/** Inside or on the outline, and not strictly inside a hole. */
		boolean covers(double x, double y) {
			for (int p = 0; p < this.shells.length; p++) {
				if (Ring.locate(x, y, this.shells[p]) != Location.EXTERIOR && !inHole(x, y, this.holes[p])) {
					return true;
				}
			}
			return false;
		}

		private static boolean inHole(double x, double y, double[][] holes) {
			for (double[] hole : holes) {
				if (Ring.locate(x, y, hole) == Location.INTERIOR) {
					return true;
				}
			}
			return false;
		}

		private static double[] flat(Coordinate[] ring) {
			double[] xy = new double[ring.length * 2];
			for (int i = 0; i < ring.length; i++) {
				xy[2 * i] = ring[i].x;
				xy[2 * i + 1] = ring[i].y;
			}
			return xy;
		}

	}

	/**
	 * Point in a closed ring by counting crossings of a ray to the right; a point on an
	 * edge is on it.
	 */
	static final class Ring {

		private Ring() {
		}

		static int locate(double x, double y, double[] ring) {
			boolean inside = false;
			for (int i = 0; i + 3 < ring.length; i += 2) {
				double x1 = ring[i];
				double y1 = ring[i + 1];
				double x2 = ring[i + 2];
				double y2 = ring[i + 3];
				if (onSegment(x, y, x1, y1, x2, y2)) {
					return Location.BOUNDARY;
				}
				if ((y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1)) {
					inside = !inside;
				}
			}
			return inside ? Location.INTERIOR : Location.EXTERIOR;
		}

		private static boolean onSegment(double x, double y, double x1, double y1, double x2, double y2) {
			if (x < Math.min(x1, x2) || x > Math.max(x1, x2) || y < Math.min(y1, y2) || y > Math.max(y1, y2)) {
				return false;
			}
			return (x == x1 && y == y1) || (x == x2 && y == y2)
					|| CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, y) == 0;
		}

	}

}
