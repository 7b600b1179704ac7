package org.gongzhi.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.gongzhi.cases.CaseEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listeners run concurrently and redeliveries come late: whatever order a case's events
 * are counted in, the case ends up counted the same.
 */
class CaseStandingTest {

	@Test
	void theOrderOfACasesEventsDoesNotChangeWhatItCounts() {
		List<CaseEvent> events = new CaseLifecycles(5, List.of("210105001002001", "210105001002002"),
				List.of("210105-CG", "210105-ZJ"), List.of("A", "B"), 1, Instant.parse("2030-01-01T00:00:00Z"),
				Duration.ofDays(10))
			.generate(300);
		Map<Long, List<CaseEvent>> byCase = events.stream()
			.collect(Collectors.groupingBy((event) -> event.facts().caseId()));
		Random random = new Random(3);
		for (List<CaseEvent> caseEvents : byCase.values()) {
			CaseStanding inOrder = standing(caseEvents);
			for (int shuffle = 0; shuffle < 5; shuffle++) {
				List<CaseEvent> shuffled = new ArrayList<>(caseEvents);
				Collections.shuffle(shuffled, random);
				CaseStanding standing = standing(shuffled);
				assertThat(standing).as("case %d in order %s", inOrder.caseId(), shuffled).isEqualTo(inOrder);
			}
		}
	}

	@Test
	void takingAStandingBackAndAddingItAgainChangesNothing() {
		CaseEvent first = new CaseLifecycles(9, List.of("210105001002001"), List.of("210105-CG"), List.of("A"), 1,
				Instant.parse("2030-01-01T00:00:00Z"), Duration.ofDays(1))
			.generate(1)
			.get(0);
		CaseStanding standing = CaseStanding.first(first);
		RollupChanges changes = new RollupChanges();
		standing.contribute(changes, 1);
		standing.contribute(changes, -1);
		assertThat(changes.counters()).isEmpty();
		assertThat(changes.states()).isEmpty();
	}

	private static CaseStanding standing(List<CaseEvent> events) {
		CaseStanding standing = CaseStanding.first(events.get(0));
		for (CaseEvent event : events.subList(1, events.size())) {
			standing = standing.apply(event);
		}
		return standing;
	}

}
