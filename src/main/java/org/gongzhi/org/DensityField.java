package org.gongzhi.org;

import java.util.Random;

import org.locationtech.jts.geom.Envelope;

/**
 * Relative household density across a district: an old city is densest at its southern
 * edge, next to the centre of 沈阳, thinning to the north, with a few dense estates
 * scattered over it.
 */
final class DensityField {

	private static final int HOTSPOTS = 7;

	private final double southLat;

	private final double decay;

	private final double[][] hotspots;

	DensityField(Envelope area, Random random) {
		this.southLat = area.getMinY();
		this.decay = area.getHeight() / 2.5;
		this.hotspots = new double[HOTSPOTS][];
		for (int i = 0; i < HOTSPOTS; i++) {
			double lng = area.getMinX() + random.nextDouble() * area.getWidth();
			double lat = area.getMinY() + random.nextDouble() * area.getHeight();
			double sigma = area.getWidth() * (0.04 + 0.08 * random.nextDouble());
			double amplitude = 0.5 + random.nextDouble();
			this.hotspots[i] = new double[] { lng, lat, sigma, amplitude };
		}
	}

	double at(double lng, double lat) {
		double estates = 1;
		for (double[] spot : this.hotspots) {
			double dx = lng - spot[0];
			double dy = lat - spot[1];
			estates += spot[3] * Math.exp(-(dx * dx + dy * dy) / (2 * spot[2] * spot[2]));
		}
		// estates raise the local density without undoing the fall from south to north
		return (0.12 + Math.exp(-(lat - this.southLat) / this.decay)) * estates;
	}

}
