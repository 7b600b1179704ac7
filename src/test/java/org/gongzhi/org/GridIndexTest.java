package org.gongzhi.org;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;

import static org.assertj.core.api.Assertions.assertThat;

class GridIndexTest {

	@Test
	void everyPointIsFoundInTheGridThatCoversIt() {
		Map<String, Geometry> grids = lattice(40);
		GridIndex index = GridIndex.ofGeometries(grids);
		Random random = new Random(3);
		for (int i = 0; i < 5_000; i++) {
			double lng = 123.0 + random.nextDouble() * 0.08;
			double lat = 41.5 + random.nextDouble() * 0.08;
			String expected = grids.entrySet()
				.stream()
				.filter((grid) -> grid.getValue().covers(Geometries.point(lng, lat)))
				.map(Map.Entry::getKey)
				.sorted()
				.findFirst()
				.orElse(null);
			assertThat(index.gridAt(lat, lng)).as("%s,%s", lat, lng).isEqualTo(expected);
		}
	}

	@Test
	void aPointOutsideEveryGridIsNotFound() {
		GridIndex index = GridIndex.ofGeometries(lattice(10));
		assertThat(index.gridAt(41.4, 123.01)).isNull();
		assertThat(index.gridAt(41.51, 122.9)).isNull();
		assertThat(GridIndex.EMPTY.gridAt(41.5, 123.0)).isNull();
	}

	@Test
	void aSharedCornerBelongsToTheSmallestCode() {
		GridIndex index = GridIndex.ofGeometries(lattice(10));
		assertThat(index.gridAt(41.502, 123.002)).isEqualTo("0000");
	}

	@Test
	void aPointInAHoleBelongsToTheGridInsideTheHole() {
		Coordinate[] shell = ring(0, 0, 10);
		Coordinate[] hole = ring(4, 4, 2);
		LinearRing[] holes = { Geometries.FACTORY.createLinearRing(hole) };
		Map<String, Geometry> grids = new LinkedHashMap<>();
		grids.put("001", Geometries.FACTORY.createPolygon(Geometries.FACTORY.createLinearRing(shell), holes));
		GridIndex onlyOuter = GridIndex.ofGeometries(grids);
		assertThat(onlyOuter.gridAt(5, 5)).isNull();
		assertThat(onlyOuter.gridAt(1, 1)).isEqualTo("001");
		grids.put("002", Geometries.FACTORY.createPolygon(hole));
		assertThat(GridIndex.ofGeometries(grids).gridAt(5, 5)).isEqualTo("002");
	}

	/** n × n squares of 0.002° from (123.0, 41.5), coded by column and row. */
	private static Map<String, Geometry> lattice(int n) {
		Map<String, Geometry> grids = new LinkedHashMap<>();
		for (int x = 0; x < n; x++) {
			for (int y = 0; y < n; y++) {
				Coordinate[] ring = ring(123.0 + x * 0.002, 41.5 + y * 0.002, 0.002);
				grids.put(String.format("%02d%02d", x, y), Geometries.FACTORY.createPolygon(ring));
			}
		}
		return grids;
	}

	private static Coordinate[] ring(double x, double y, double size) {
		return new Coordinate[] { new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
				new Coordinate(x, y + size), new Coordinate(x, y) };
	}

}
