package org.gongzhi.org;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Sample points over an area, each weighted by the household density at it. Cutting a
 * region so that each side holds a given share of households becomes a weighted quantile
 * over these points.
 */
final class WeightedLattice {

	final double[] lng;

	final double[] lat;

	final double[] weight;

	private WeightedLattice(double[] lng, double[] lat, double[] weight) {
		this.lng = lng;
		this.lat = lat;
		this.weight = weight;
	}

	static WeightedLattice over(Geometry area, DensityField density, double step) {
		Envelope env = area.getEnvelopeInternal();
		IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
		int columns = (int) Math.ceil(env.getWidth() / step);
		int rows = (int) Math.ceil(env.getHeight() / step);
		double[] lng = new double[columns * rows];
		double[] lat = new double[columns * rows];
		double[] weight = new double[columns * rows];
		int n = 0;
		Coordinate probe = new Coordinate();
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				probe.x = env.getMinX() + (column + 0.5) * step;
				probe.y = env.getMinY() + (row + 0.5) * step;
				if (inside.locate(probe) == Location.INTERIOR) {
					lng[n] = probe.x;
					lat[n] = probe.y;
					weight[n] = density.at(probe.x, probe.y);
					n++;
				}
			}
		}
		return new WeightedLattice(java.util.Arrays.copyOf(lng, n), java.util.Arrays.copyOf(lat, n),
				java.util.Arrays.copyOf(weight, n));
	}

	int[] all() {
		int[] indices = new int[this.lng.length];
		for (int i = 0; i < indices.length; i++) {
			indices[i] = i;
		}
		return indices;
	}

	/** Splits {@code points} among {@code regions} by which region covers each point. */
	List<int[]> assign(int[] points, List<Geometry> regions) {
		List<IndexedPointInAreaLocator> locators = regions.stream().map(IndexedPointInAreaLocator::new).toList();
		List<List<Integer>> buckets = new ArrayList<>();
		regions.forEach((region) -> buckets.add(new ArrayList<>()));
		Coordinate probe = new Coordinate();
		for (int point : points) {
			probe.x = this.lng[point];
			probe.y = this.lat[point];
			for (int r = 0; r < locators.size(); r++) {
				if (locators.get(r).locate(probe) != Location.EXTERIOR) {
					buckets.get(r).add(point);
					break;
				}
			}
		}
		return buckets.stream().map((bucket) -> bucket.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

}
