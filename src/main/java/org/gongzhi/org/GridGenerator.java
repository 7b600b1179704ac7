package org.gongzhi.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Geometry;

/**
 * Generates plausible streets, communities and grids inside a real district outline, for
 * a demo district: each street and community is one contiguous region, a street's
 * communities lie together, and every grid holds 150–300 households, smaller where
 * households are denser. Deterministic from the seed. The outlines are invented; the
 * codes and names are the real NBS ones.
 */
public final class GridGenerator {

	/** Households a grid aims at (the policy range is 150–300). */
	static final int TARGET_GRID_HOUSEHOLDS = 225;

	static final int MIN_GRID_HOUSEHOLDS = 150;

	static final int MAX_GRID_HOUSEHOLDS = 300;

	private static final int MIN_COMMUNITY_HOUSEHOLDS = 1_000;

	/** Spacing of the density samples, in degrees (about 20 m). */
	private static final double LATTICE_STEP = 0.0002;

	private static final int MAX_ATTEMPTS = 20;

	private final Random random;

	private final Geometry district;

	private final WeightedLattice lattice;

	private final Bisection bisection;

	private GridGenerator(Geometry district, long seed) {
		this.random = new Random(seed);
		this.district = district;
		this.lattice = WeightedLattice.over(district, new DensityField(district.getEnvelopeInternal(), this.random),
				LATTICE_STEP);
		this.bisection = new Bisection(this.lattice, this.random);
	}

	/**
	 * @param district the district outline
	 * @param streets the district's streets with their communities, as in the NBS tree
	 * @param totalHouseholds households of the whole district
	 * @param seed the same seed gives the same district
	 */
	public static GeneratedDistrict generate(Geometry district, List<StreetPlan> streets, int totalHouseholds,
			long seed) {
		return new GridGenerator(district, seed).run(streets, totalHouseholds);
	}

	private GeneratedDistrict run(List<StreetPlan> streets, int totalHouseholds) {
		List<List<int[]>> households = allocate(streets, totalHouseholds);
		List<GeneratedUnit> streetUnits = new ArrayList<>();
		List<GeneratedUnit> communityUnits = new ArrayList<>();
		List<GeneratedUnit> gridUnits = new ArrayList<>();
		double[] streetShares = households.stream().mapToDouble(GridGenerator::total).toArray();
		List<Geometry> streetAreas = split(this.district, this.lattice.all(), streetShares);
		List<int[]> streetPoints = this.lattice.assign(this.lattice.all(), streetAreas);
		for (int s = 0; s < streets.size(); s++) {
			StreetPlan street = streets.get(s);
			streetUnits
				.add(unit(street.code(), street.name(), OrgLevel.STREET, streetAreas.get(s), (int) streetShares[s]));
			List<int[]> perCommunity = households.get(s);
			double[] communityShares = perCommunity.stream().mapToDouble(GridGenerator::sum).toArray();
			List<Geometry> communityAreas = split(streetAreas.get(s), streetPoints.get(s), communityShares);
			List<int[]> communityPoints = this.lattice.assign(streetPoints.get(s), communityAreas);
			for (int c = 0; c < communityAreas.size(); c++) {
				Community community = street.communities().get(c);
				int[] grids = perCommunity.get(c);
				communityUnits.add(unit(community.code(), community.name(), OrgLevel.COMMUNITY, communityAreas.get(c),
						sum(grids)));
				double[] gridShares = java.util.Arrays.stream(grids).asDoubleStream().toArray();
				List<Geometry> gridAreas = split(communityAreas.get(c), communityPoints.get(c), gridShares);
				for (int g = 0; g < gridAreas.size(); g++) {
					String code = community.code() + String.format("%03d", g + 1);
					gridUnits.add(unit(code, community.name() + "第" + (g + 1) + "网格", OrgLevel.GRID, gridAreas.get(g),
							grids[g]));
				}
			}
		}
		return new GeneratedDistrict(streetUnits, communityUnits, gridUnits);
	}

	/**
	 * Households per grid, per community, per street:
	 * {@code result[street][community][grid]}.
	 */
	private List<List<int[]>> allocate(List<StreetPlan> streets, int totalHouseholds) {
		double[] streetWeights = new double[streets.size()];
		for (int s = 0; s < streets.size(); s++) {
			streetWeights[s] = streets.get(s).communities().size() * (0.8 + 0.4 * this.random.nextDouble());
		}
		double streetTotal = java.util.Arrays.stream(streetWeights).sum();
		List<List<int[]>> result = new ArrayList<>();
		for (int s = 0; s < streets.size(); s++) {
			double streetHouseholds = totalHouseholds * streetWeights[s] / streetTotal;
			int communities = streets.get(s).communities().size();
			double[] weights = new double[communities];
			for (int c = 0; c < communities; c++) {
				weights[c] = 0.6 + 0.8 * this.random.nextDouble();
			}
			double weightTotal = java.util.Arrays.stream(weights).sum();
			List<int[]> street = new ArrayList<>();
			for (int c = 0; c < communities; c++) {
				int households = (int) Math.max(MIN_COMMUNITY_HOUSEHOLDS, streetHouseholds * weights[c] / weightTotal);
				street.add(grids(households));
			}
			result.add(street);
		}
		return result;
	}

	private int[] grids(int communityHouseholds) {
		int count = Math.max(1, Math.round((float) communityHouseholds / TARGET_GRID_HOUSEHOLDS));
		double[] weights = new double[count];
		for (int g = 0; g < count; g++) {
			weights[g] = 0.85 + 0.3 * this.random.nextDouble();
		}
		double total = java.util.Arrays.stream(weights).sum();
		int[] households = new int[count];
		for (int g = 0; g < count; g++) {
			long share = Math.round(communityHouseholds * weights[g] / total);
			households[g] = (int) Math.max(MIN_GRID_HOUSEHOLDS, Math.min(MAX_GRID_HOUSEHOLDS, share));
		}
		return households;
	}

	/**
	 * Cuts until every part is one piece: rarely a part keeps a fragment that touches its
	 * siblings only at a corner, and other cut angles avoid that.
	 */
	private List<Geometry> split(Geometry region, int[] points, double[] shares) {
		List<Geometry> parts = List.of();
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			parts = Contiguity.repair(this.bisection.cut(region, points, shares));
			if (parts.stream().allMatch((part) -> part.getNumGeometries() == 1)) {
				return parts;
			}
		}
		return parts;
	}

	private GeneratedUnit unit(String code, String name, OrgLevel level, Geometry area, int households) {
		int population = (int) Math.round(households * (2.3 + 0.5 * this.random.nextDouble()));
		return new GeneratedUnit(code, name, level, area, households, population);
	}

	private static int sum(int[] values) {
		return java.util.Arrays.stream(values).sum();
	}

	private static double total(List<int[]> communities) {
		return communities.stream().mapToInt(GridGenerator::sum).sum();
	}

	/** A street to lay out, with its communities in NBS order. */
	public record StreetPlan(String code, String name, List<Community> communities) {
	}

	/** A community of a street. */
	public record Community(String code, String name) {
	}

	/** One generated unit with its area and estimates. */
	public record GeneratedUnit(String code, String name, OrgLevel level, Geometry area, int households,
			int population) {
	}

	/** The generated streets, communities and grids. */
	public record GeneratedDistrict(List<GeneratedUnit> streets, List<GeneratedUnit> communities,
			List<GeneratedUnit> grids) {
	}

}
