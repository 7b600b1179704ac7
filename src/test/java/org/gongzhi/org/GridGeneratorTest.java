package org.gongzhi.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import org.gongzhi.org.GridGenerator.GeneratedDistrict;
import org.gongzhi.org.GridGenerator.GeneratedUnit;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo grids of 皇姑区, cut from the real district outline.
 */
class GridGeneratorTest {

	/**
	 * Coordinates are snapped to 1e-7 degrees (about 1 cm), so neighbours may share a
	 * sliver of up to a few square metres (1e-9 square degrees) along a long border,
	 * never more.
	 */
	private static final double ROUNDING = 1e-9;

	private static Geometry district;

	private static List<GridGenerator.StreetPlan> streets;

	private static GeneratedDistrict generated;

	@BeforeAll
	static void generate() throws IOException {
		district = Geometries.districtBoundary("210105");
		streets = huangguStreets();
		generated = GridGenerator.generate(district, streets, 285_000, 42);
	}

	@Test
	void everyRealStreetAndCommunityGetsAnAreaAndThereAreAboutAThousandGrids() {
		assertThat(generated.streets()).hasSize(10);
		assertThat(generated.communities()).hasSize(138);
		assertThat(generated.grids()).hasSizeBetween(1000, 1500);
	}

	@Test
	void theSameSeedGivesTheSameDistrictAndAnotherSeedAnotherOne() {
		GeneratedDistrict again = GridGenerator.generate(district, streets, 285_000, 42);
		GeneratedDistrict other = GridGenerator.generate(district, streets, 285_000, 7);
		assertThat(wkt(again.grids())).isEqualTo(wkt(generated.grids()));
		assertThat(wkt(other.grids())).isNotEqualTo(wkt(generated.grids()));
	}

	@Test
	void everyStreetCommunityAndGridIsOneValidPiece() {
		List<GeneratedUnit> all = new ArrayList<>(generated.streets());
		all.addAll(generated.communities());
		all.addAll(generated.grids());
		for (GeneratedUnit unit : all) {
			assertThat(unit.area()).as(unit.code()).isInstanceOf(Polygon.class);
			assertThat(unit.area().isValid()).as(unit.code()).isTrue();
			assertThat(unit.area().getArea()).as(unit.code()).isPositive();
		}
	}

	@Test
	void theCommunitiesOfAStreetLieTogether() {
		for (GeneratedUnit street : generated.streets()) {
			List<Geometry> communities = generated.communities()
				.stream()
				.filter((community) -> community.code().startsWith(street.code()))
				.map(GeneratedUnit::area)
				.toList();
			Geometry together = UnaryUnionOp.union(communities).buffer(1e-7);
			assertThat(together.getNumGeometries()).as(street.name()).isEqualTo(1);
		}
	}

	@Test
	void gridsLieInsideTheDistrictAndCoverItWithoutOverlapping() {
		Geometry tolerant = district.buffer(1e-7);
		double total = 0;
		STRtree index = new STRtree();
		for (GeneratedUnit grid : generated.grids()) {
			assertThat(tolerant.covers(grid.area())).as(grid.code()).isTrue();
			total += grid.area().getArea();
			index.insert(grid.area().getEnvelopeInternal(), grid);
		}
		assertThat(total).isCloseTo(district.getArea(), org.assertj.core.data.Percentage.withPercentage(0.01));
		double overlap = 0;
		for (GeneratedUnit grid : generated.grids()) {
			for (Object candidate : index.query(grid.area().getEnvelopeInternal())) {
				GeneratedUnit other = (GeneratedUnit) candidate;
				if (other.code().compareTo(grid.code()) > 0) {
					double shared = Geometries.overlay(grid.area(), other.area(), OverlayNG.INTERSECTION).getArea();
					assertThat(shared).as("%s overlaps %s", grid.code(), other.code()).isLessThan(ROUNDING);
					overlap += shared;
				}
			}
		}
		assertThat(overlap / district.getArea()).isLessThan(1e-5);
	}

	@Test
	void everyGridHolds150To300HouseholdsAndCommunitiesAddUp() {
		Map<String, Integer> perCommunity = new LinkedHashMap<>();
		for (GeneratedUnit grid : generated.grids()) {
			assertThat(grid.households()).as(grid.code()).isBetween(150, 300);
			perCommunity.merge(grid.code().substring(0, 12), grid.households(), Integer::sum);
		}
		for (GeneratedUnit community : generated.communities()) {
			assertThat(community.households()).isEqualTo(perCommunity.get(community.code()));
		}
		int district = generated.streets().stream().mapToInt(GeneratedUnit::households).sum();
		assertThat(district).isBetween(250_000, 320_000);
	}

	@Test
	void gridsAreSmallerWhereHouseholdsAreDenser() {
		double minLat = district.getEnvelopeInternal().getMinY();
		double third = district.getEnvelopeInternal().getHeight() / 3;
		double south = averageArea(generated.grids().stream().filter((g) -> centreLat(g) < minLat + third).toList());
		double north = averageArea(
				generated.grids().stream().filter((g) -> centreLat(g) >= minLat + 2 * third).toList());
		assertThat(south).isLessThan(north * 0.75);
	}

	private static double centreLat(GeneratedUnit unit) {
		return unit.area().getCentroid().getY();
	}

	private static double averageArea(List<GeneratedUnit> units) {
		return units.stream().mapToDouble((unit) -> unit.area().getArea()).average().orElseThrow();
	}

	private static List<String> wkt(List<GeneratedUnit> units) {
		return units.stream().map((unit) -> unit.code() + unit.area().toText()).toList();
	}

	static List<GridGenerator.StreetPlan> huangguStreets() throws IOException {
		Map<String, String> streetNames = new LinkedHashMap<>();
		Map<String, List<GridGenerator.Community>> communities = new LinkedHashMap<>();
		for (List<String> row : rows("streets.csv")) {
			streetNames.put(row.get(0), row.get(1));
			communities.put(row.get(0), new ArrayList<>());
		}
		for (List<String> row : rows("villages.csv")) {
			communities.get(row.get(2)).add(new GridGenerator.Community(row.get(0), row.get(1)));
		}
		return streetNames.entrySet()
			.stream()
			.map((street) -> new GridGenerator.StreetPlan(street.getKey(), street.getValue(),
					communities.get(street.getKey())))
			.toList();
	}

	private static List<List<String>> rows(String file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("divisions/huanggu/" + file).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().skip(1).forEach((line) -> rows.add(CsvLine.split(line)));
		}
		return rows;
	}

}
