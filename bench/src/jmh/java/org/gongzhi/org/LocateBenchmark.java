package org.gongzhi.org;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point → grid: the STRtree index against a brute-force scan of every grid outline, on the demo
 * grids of 皇姑区 and on 100,000 synthetic grids. One thread: the figure is lookups per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LocateBenchmark {

	private static final int POINTS = 1 << 14;

	@Param({ "demo", "synthetic100k" })
	public String grids;

	private GridIndex index;

	private Coordinate[][] shells;

	private String[] codes;

	private double[] lats;

	private double[] lngs;

	private int next;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Map<String, Geometry> outlines = this.grids.equals("demo") ? demoGrids() : syntheticGrids(316);
		this.index = GridIndex.ofGeometries(outlines);
		this.codes = outlines.keySet().toArray(String[]::new);
		this.shells = outlines.values()
			.stream()
			.map((outline) -> ((Polygon) outline).getExteriorRing().getCoordinates())
			.toArray(Coordinate[][]::new);
		Envelope extent = new Envelope();
		outlines.values().forEach((outline) -> extent.expandToInclude(outline.getEnvelopeInternal()));
		Random random = new Random(1);
		this.lats = new double[POINTS];
		this.lngs = new double[POINTS];
		for (int i = 0; i < POINTS; i++) {
			this.lngs[i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
			this.lats[i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
		}
	}

	@Benchmark
	public String indexed() {
		int i = this.next++ & (POINTS - 1);
		return this.index.gridAt(this.lats[i], this.lngs[i]);
	}

	/** The baseline: test the point against every grid outline in turn. */
	@Benchmark
	public String bruteForce() {
		int i = this.next++ & (POINTS - 1);
		Coordinate point = new Coordinate(this.lngs[i], this.lats[i]);
		for (int g = 0; g < this.shells.length; g++) {
			if (PointLocation.isInRing(point, this.shells[g])) {
				return this.codes[g];
			}
		}
		return null;
	}

	private static Map<String, Geometry> demoGrids() throws IOException {
		Geometry district = Geometries.districtBoundary("210105");
		GridGenerator.GeneratedDistrict generated = GridGenerator.generate(district, GridGeneratorTest.huangguStreets(), 290_000,
				20261123L);
		Map<String, Geometry> outlines = new LinkedHashMap<>();
		generated.grids().forEach((grid) -> outlines.put(grid.code(), grid.area()));
		return outlines;
	}

	/** A lattice of jittered quadrilaterals sharing their corners: n × n grids that tile a square. */
	static Map<String, Geometry> syntheticGrids(int n) {
		Random random = new Random(7);
		double step = 0.002;
		Coordinate[][] corners = new Coordinate[n + 1][n + 1];
		for (int x = 0; x <= n; x++) {
			for (int y = 0; y <= n; y++) {
				boolean edge = x == 0 || y == 0 || x == n || y == n;
				double jx = edge ? 0 : (random.nextDouble() - 0.5) * step * 0.5;
				double jy = edge ? 0 : (random.nextDouble() - 0.5) * step * 0.5;
				corners[x][y] = new Coordinate(123.0 + x * step + jx, 41.5 + y * step + jy);
			}
		}
		Map<String, Geometry> outlines = new LinkedHashMap<>();
		for (int x = 0; x < n; x++) {
			for (int y = 0; y < n; y++) {
				Coordinate[] ring = { corners[x][y], corners[x + 1][y], corners[x + 1][y + 1], corners[x][y + 1],
						corners[x][y] };
				outlines.put(String.format("%06d", x * n + y), Geometries.FACTORY.createPolygon(ring));
			}
		}
		return outlines;
	}

}
