package org.gongzhi.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Cuts a region into parts holding given shares of its households by recursive, slightly
 * tilted straight cuts, the way city blocks are bounded by roads. Parts are exact
 * complements of each other, so they never overlap and together cover the region.
 */
final class Bisection {

	/** How far a cut may tilt away from across the longer side, in radians. */
	private static final double MAX_TILT = 0.3;

	private final WeightedLattice lattice;

	private final Random random;

	Bisection(WeightedLattice lattice, Random random) {
		this.lattice = lattice;
		this.random = random;
	}

	/** Parts of {@code region}, one per share, in the order of {@code shares}. */
	List<Geometry> cut(Geometry region, int[] points, double[] shares) {
		List<Geometry> parts = new ArrayList<>();
		cut(region, points, shares, parts);
		return parts;
	}

	private void cut(Geometry region, int[] points, double[] shares, List<Geometry> parts) {
		if (shares.length == 1) {
			parts.add(region);
			return;
		}
		int half = shares.length / 2;
		double leftShare = sum(shares, 0, half) / sum(shares, 0, shares.length);
		double angle = axisAngle(points) + (this.random.nextDouble() * 2 - 1) * MAX_TILT;
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		double scale = Math.cos(Math.toRadians(region.getCentroid().getY()));
		Integer[] order = Arrays.stream(points).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer p) -> project(p, cos, sin, scale)));
		double total = 0;
		for (int point : points) {
			total += this.lattice.weight[point];
		}
		int split = 0;
		double running = 0;
		while (split < order.length - 1 && running + this.lattice.weight[order[split]] <= leftShare * total) {
			running += this.lattice.weight[order[split++]];
		}
		split = Math.max(1, Math.min(split, order.length - 1));
		double at = (project(order[split - 1], cos, sin, scale) + project(order[split], cos, sin, scale)) / 2;
		Geometry halfPlane = halfPlane(region, at, cos, sin, scale);
		Geometry left = Geometries.overlay(region, halfPlane, OverlayNG.INTERSECTION);
		Geometry right = Geometries.overlay(region, left, OverlayNG.DIFFERENCE);
		int[] leftPoints = Arrays.stream(order, 0, split).mapToInt(Integer::intValue).toArray();
		int[] rightPoints = Arrays.stream(order, split, order.length).mapToInt(Integer::intValue).toArray();
		cut(left, leftPoints, Arrays.copyOfRange(shares, 0, half), parts);
		cut(right, rightPoints, Arrays.copyOfRange(shares, half, shares.length), parts);
	}

	/**
	 * The direction across which the points spread furthest: cut across the longer side.
	 */
	private double axisAngle(int[] points) {
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		double scale = Math.cos(Math.toRadians(this.lattice.lat[points[0]]));
		for (int p : points) {
			minX = Math.min(minX, this.lattice.lng[p] * scale);
			maxX = Math.max(maxX, this.lattice.lng[p] * scale);
			minY = Math.min(minY, this.lattice.lat[p]);
			maxY = Math.max(maxY, this.lattice.lat[p]);
		}
		return (maxX - minX >= maxY - minY) ? 0 : Math.PI / 2;
	}

	private double project(int point, double cos, double sin, double scale) {
		return this.lattice.lng[point] * scale * cos + this.lattice.lat[point] * sin;
	}

	/**
	 * The side of the line {@code x·cos + y·sin = at} (x scaled to metres-like units)
	 * below it.
	 */
	private static Geometry halfPlane(Geometry region, double at, double cos, double sin, double scale) {
		double size = region.getEnvelopeInternal().getWidth() + region.getEnvelopeInternal().getHeight() + 1;
		Coordinate center = region.getCentroid().getCoordinate();
		double cx = center.x * scale;
		double cy = center.y;
		double offset = at - (cx * cos + cy * sin);
		double ox = cx + offset * cos;
		double oy = cy + offset * sin;
		double dx = -sin;
		double dy = cos;
		Coordinate[] ring = { unscale(ox + dx * size, oy + dy * size, scale),
				unscale(ox - dx * size, oy - dy * size, scale),
				unscale(ox - dx * size - cos * size, oy - dy * size - sin * size, scale),
				unscale(ox + dx * size - cos * size, oy + dy * size - sin * size, scale), null };
		ring[4] = ring[0];
		return Geometries.FACTORY.createPolygon(ring);
	}

	private static Coordinate unscale(double x, double y, double scale) {
		return new Coordinate(x / scale, y);
	}

	private static double sum(double[] values, int from, int to) {
		double total = 0;
		for (int i = from; i < to; i++) {
			total += values[i];
		}
		return total;
	}

}
