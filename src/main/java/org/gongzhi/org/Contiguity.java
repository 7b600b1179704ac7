package org.gongzhi.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Makes every part of a partition one piece: a stray fragment of a part (left where a
 * straight cut crossed a bend of the outline) goes to the neighbour it shares the longest
 * border with.
 */
final class Contiguity {

	/**
	 * How close, in degrees (about 1 cm), two parts must come to count as sharing a
	 * border.
	 */
	private static final double TOUCH = 1e-7;

	/**
	 * Pieces smaller than this (about 0.01 m²) are rounding noise of the overlay, not
	 * land.
	 */
	private static final double NOISE = 1e-12;

	private Contiguity() {
	}

	static List<Geometry> repair(List<Geometry> parts) {
		List<Geometry> result = new ArrayList<>(parts);
		for (int round = 0; round < 10 && !allSingle(result); round++) {
			for (int i = 0; i < result.size(); i++) {
				if (result.get(i).getNumGeometries() > 1) {
					moveFragments(result, i);
				}
			}
		}
		return result;
	}

	private static void moveFragments(List<Geometry> parts, int index) {
		List<Geometry> pieces = new ArrayList<>();
		Geometry part = parts.get(index);
		for (int n = 0; n < part.getNumGeometries(); n++) {
			if (part.getGeometryN(n) instanceof Polygon piece && piece.getArea() > NOISE) {
				pieces.add(piece);
			}
		}
		if (pieces.isEmpty()) {
			return;
		}
		pieces.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
		parts.set(index, pieces.get(0));
		for (Geometry fragment : pieces.subList(1, pieces.size())) {
			int neighbour = longestBorder(parts, index, fragment);
			int target = (neighbour >= 0) ? neighbour : index;
			parts.set(target, Geometries.overlay(parts.get(target), fragment, OverlayNG.UNION));
		}
	}

	private static int longestBorder(List<Geometry> parts, int self, Geometry fragment) {
		Geometry grown = fragment.buffer(TOUCH);
		int best = -1;
		double bestShared = 0;
		for (int j = 0; j < parts.size(); j++) {
			if (j == self || !grown.getEnvelopeInternal().intersects(parts.get(j).getEnvelopeInternal())) {
				continue;
			}
			double shared = Geometries.overlay(grown, parts.get(j), OverlayNG.INTERSECTION).getArea();
			if (shared > bestShared) {
				bestShared = shared;
				best = j;
			}
		}
		return best;
	}

	private static boolean allSingle(List<Geometry> parts) {
		return parts.stream().allMatch((part) -> part.getNumGeometries() == 1);
	}

}
