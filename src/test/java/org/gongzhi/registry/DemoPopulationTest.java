package org.gongzhi.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invented demo population: the same for the same seed, valid ID numbers from the
 * reserved sequences only, and the shape of a Shenyang urban district.
 */
class DemoPopulationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

	@Test
	void theSameSeedGivesTheSamePopulation() {
		DemoPopulation first = new DemoPopulation(7, TODAY);
		DemoPopulation second = new DemoPopulation(7, TODAY);
		for (int i = 0; i < 2_000; i++) {
			assertThat(first.next()).isEqualTo(second.next());
		}
		assertThat(new DemoPopulation(8, TODAY).next()).isNotEqualTo(new DemoPopulation(7, TODAY).next());
	}

	@Test
	void idNumbersAreValidUniqueAndFromTheReservedSequencesOfLiaoning() {
		DemoPopulation population = new DemoPopulation(DemoPopulationJob.SEED, TODAY);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			for (DemoPopulation.Member member : population.next().members()) {
				String id = member.idNumber();
				assertThat(IdNumbers.problem(id, TODAY)).as(id).isEmpty();
				assertThat(id).startsWith("21");
				int sequence = Integer.parseInt(id.substring(14, 17));
				assertThat(sequence).isBetween(DemoPopulation.FIRST_SEQUENCE, DemoPopulation.LAST_SEQUENCE);
				assertThat(seen.add(id)).as(id).isTrue();
				if (member.phone() != null) {
					assertThat(member.phone()).matches("^1[3-9]\\d{9}$");
				}
			}
		}
	}

	@Test
	void householdsAndAgesLookLikeAShenyangUrbanDistrict() {
		DemoPopulation population = new DemoPopulation(DemoPopulationJob.SEED, TODAY);
		int households = 40_000;
		List<Integer> ages = new ArrayList<>();
		int special = 0;
		int singles = 0;
		for (int i = 0; i < households; i++) {
			DemoPopulation.Household household = population.next();
			singles += (household.members().size() == 1) ? 1 : 0;
			for (DemoPopulation.Member member : household.members()) {
				int age = Period.between(IdNumbers.birthDate(member.idNumber()).orElseThrow(), TODAY).getYears();
				ages.add(age);
				if (population.specialGroup(household, member) != null) {
					special++;
				}
			}
		}
		double perHousehold = (double) ages.size() / households;
		double children = ages.stream().filter((age) -> age < 15).count() / (double) ages.size();
		double old = ages.stream().filter((age) -> age >= 60).count() / (double) ages.size();
		double specialShare = special / (double) ages.size();
		System.out.printf(
				"Demo population sample: %.2f persons per household, %.1f %% single, %.1f %% under 15,"
						+ " %.1f %% 60 or older, %.2f %% in special groups%n",
				perHousehold, 100.0 * singles / households, 100 * children, 100 * old, 100 * specialShare);
		assertThat(perHousehold).isBetween(2.3, 2.7);
		assertThat(children).isBetween(0.07, 0.16);
		assertThat(old).isBetween(0.18, 0.35);
		assertThat(specialShare).isBetween(0.01, 0.02);
	}

}
