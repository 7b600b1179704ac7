package org.gongzhi.evaluation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseDispatched;
import org.gongzhi.cases.CaseEscalated;
import org.gongzhi.cases.CaseEvaluated;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.cases.CaseHandled;
import org.gongzhi.cases.CaseOverdue;
import org.gongzhi.cases.CaseRejected;
import org.gongzhi.cases.CaseReopened;
import org.gongzhi.cases.CaseReported;
import org.gongzhi.cases.CaseReturned;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseSupervised;
import org.gongzhi.cases.CaseVerified;
import org.gongzhi.cases.OverdueLevel;
import org.gongzhi.cases.Rating;

/**
 * The indicators computed directly from a list of case events, in plain Java and without
 * any rollup: the reference the rollups are checked against. It follows the written
 * definitions (IndicatorDefinitions) event by event and case by case.
 */
final class DirectIndicators {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final List<CaseEvent> events;

	DirectIndicators(List<CaseEvent> events) {
		this.events = events;
	}

	/** The expected values of one group. */
	record Expected(Map<String, Long> counters, Map<String, Double> ratios, List<Duration> closures,
			Map<CaseState, Long> states) {

		/** The exact nearest-rank 90th percentile of the closures, in hours. */
		Double exactP90Hours() {
			if (this.closures.isEmpty()) {
				return null;
			}
			List<Duration> sorted = this.closures.stream().sorted().toList();
			int rank = (sorted.size() * 9 + 9) / 10;
			return sorted.get(rank - 1).toSeconds() / 3600.0;
		}

	}

	/** The filter of a report. */
	record Filter(String org, String unit, String category, LocalDate from, LocalDate to) {

		boolean place(CaseFacts facts, String unitCode) {
			return facts.orgCode().startsWith(this.org) && unitMatches(unitCode)
					&& (this.category == null || facts.categoryCode().startsWith(this.category));
		}

		private boolean unitMatches(String unitCode) {
			if (this.unit == null) {
				return true;
			}
			boolean orgUnit = this.unit.chars().allMatch(Character::isDigit);
			return unitCode != null && (unitCode.equals(this.unit) || unitCode.startsWith(this.unit + "-")
					|| (orgUnit && unitCode.startsWith(this.unit)));
		}

		boolean period(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	/** Expected values per group key. */
	Map<String, Expected> compute(Filter filter, GroupBy groupBy) {
		Map<String, Map<String, Long>> counters = new TreeMap<>();
		Map<String, List<Duration>> closures = new HashMap<>();
		for (CaseEvent event : this.events) {
			String unit = eventUnit(event);
			if (!filter.place(event.facts(), unit) || !filter.period(day(event))) {
				continue;
			}
			String key = key(groupBy, event.facts().orgCode(), unit, worker(event), event.facts().categoryCode(),
					day(event));
			Map<String, Long> c = counters.computeIfAbsent(key, (k) -> new HashMap<>());
			flows(event, c);
			if (event instanceof CaseClosed closed) {
				closures.computeIfAbsent(key, (k) -> new ArrayList<>()).add(closed.elapsed());
			}
		}
		Map<String, Map<CaseState, Long>> states = new TreeMap<>();
		for (List<CaseEvent> caseEvents : byCase().values()) {
			CaseEvent last = caseEvents.get(caseEvents.size() - 1);
			CaseFacts facts = last.facts();
			if (!filter.place(facts, facts.unitCode())) {
				continue;
			}
			CaseEvent reported = caseEvents.stream().filter(CaseReported.class::isInstance).findFirst().orElseThrow();
			if (filter.period(day(reported))) {
				String key = key(groupBy, facts.orgCode(), facts.unitCode(), 0, facts.categoryCode(), day(reported));
				Map<String, Long> c = counters.computeIfAbsent(key, (k) -> new HashMap<>());
				shouldClose(caseEvents, c);
			}
			if (GroupExpressions.hasStates(groupBy)) {
				String key = key(groupBy, facts.orgCode(), facts.unitCode(), 0, facts.categoryCode(), null);
				states.computeIfAbsent(key, (k) -> new EnumMap<>(CaseState.class))
					.merge(state(caseEvents), 1L, Long::sum);
			}
		}
		Map<String, Expected> expected = new TreeMap<>();
		Set<String> keys = new TreeSet<>(counters.keySet());
		keys.addAll(states.keySet());
		for (String key : keys) {
			Map<String, Long> c = counters.getOrDefault(key, Map.of());
			expected.put(key, new Expected(c, ratios(c), closures.getOrDefault(key, List.of()),
					GroupExpressions.hasStates(groupBy) ? states.getOrDefault(key, Map.of()) : null));
		}
		return expected;
	}

	private static void flows(CaseEvent event, Map<String, Long> c) {
		if (event instanceof CaseReported r) {
			inc(c, "reported");
			inc(c, "selfHandled", r.selfHandled());
		}
		else if (event instanceof CaseAccepted a) {
			inc(c, "accepted");
			inc(c, "acceptedWithinLimit", a.withinLimit());
		}
		else if (event instanceof CaseRejected) {
			inc(c, "rejected");
		}
		else if (event instanceof CaseDispatched) {
			inc(c, "dispatched");
		}
		else if (event instanceof CaseReturned) {
			inc(c, "returned");
		}
		else if (event instanceof CaseHandled h) {
			inc(c, "handled");
			inc(c, "handledWithinLimit", h.withinLimit());
		}
		else if (event instanceof CaseVerified v) {
			inc(c, "verified");
			inc(c, "rework", !v.passed());
		}
		else if (event instanceof CaseClosed x) {
			inc(c, "closed");
			inc(c, "closedOnTime", x.onTime());
			inc(c, "closedSolved", x.solved());
			c.merge("closureSecondsSum", x.elapsed().toSeconds(), Long::sum);
		}
		else if (event instanceof CaseEvaluated e) {
			inc(c, "rated");
			inc(c, "satisfied", e.rating() == Rating.SATISFIED || e.rating() == Rating.FAIRLY_SATISFIED);
			inc(c, "dissatisfied", e.rating() == Rating.DISSATISFIED);
		}
		else if (event instanceof CaseReopened) {
			inc(c, "reopened");
		}
		else if (event instanceof CaseOverdue o) {
			inc(c, "overdueYellow", o.level() == OverdueLevel.YELLOW);
			inc(c, "overdueRed", o.level() == OverdueLevel.RED);
		}
		else if (event instanceof CaseEscalated) {
			inc(c, "escalated");
		}
		else if (event instanceof CaseSupervised) {
			inc(c, "supervised");
		}
	}

	/** 应结案: not rejected; closed now: its last closure or reopening is a closure. */
	private static void shouldClose(List<CaseEvent> caseEvents, Map<String, Long> c) {
		if (caseEvents.stream().anyMatch(CaseRejected.class::isInstance)) {
			return;
		}
		inc(c, "shouldClose");
		CaseEvent lastClosing = null;
		for (CaseEvent event : caseEvents) {
			if (event instanceof CaseClosed || event instanceof CaseReopened) {
				lastClosing = event;
			}
		}
		if (lastClosing instanceof CaseClosed closed) {
			inc(c, "shouldCloseClosed");
			inc(c, "shouldCloseOnTime", closed.onTime());
		}
	}

	private static CaseState state(List<CaseEvent> caseEvents) {
		CaseState state = null;
		for (CaseEvent event : caseEvents) {
			if (event instanceof CaseReported r) {
				state = r.selfHandled() ? CaseState.HANDLED : CaseState.REPORTED;
			}
			else if (event instanceof CaseAccepted || event instanceof CaseReturned) {
				state = CaseState.ACCEPTED;
			}
			else if (event instanceof CaseReopened) {
				state = (event.facts().unitCode() != null) ? CaseState.DISPATCHED : CaseState.ACCEPTED;
			}
			else if (event instanceof CaseEscalated && state == CaseState.ACCEPTED) {
				state = CaseState.DISPATCHED;
			}
			else if (event instanceof CaseRejected) {
				state = CaseState.REJECTED;
			}
			else if (event instanceof CaseDispatched) {
				state = CaseState.DISPATCHED;
			}
			else if (event instanceof CaseHandled) {
				state = CaseState.HANDLED;
			}
			else if (event instanceof CaseVerified v) {
				state = v.passed() ? CaseState.HANDLED
						: (v.facts().unitCode() != null) ? CaseState.DISPATCHED : CaseState.ACCEPTED;
			}
			else if (event instanceof CaseClosed) {
				state = CaseState.CLOSED;
			}
			else if (event instanceof CaseEvaluated) {
				state = CaseState.EVALUATED;
			}
		}
		return state;
	}

	private static Map<String, Double> ratios(Map<String, Long> c) {
		Map<String, Double> r = new HashMap<>();
		r.put("responseRate", ratio(c, "acceptedWithinLimit", "reported"));
		r.put("closureRate", ratio(c, "shouldCloseClosed", "shouldClose"));
		r.put("onTimeClosureRate", ratio(c, "shouldCloseOnTime", "shouldClose"));
		r.put("onTimeHandlingRate", ratio(c, "handledWithinLimit", "handled"));
		r.put("reworkRate", ratio(c, "rework", "handled"));
		r.put("returnRate", ratio(c, "returned", "dispatched"));
		r.put("solvedRate", ratio(c, "closedSolved", "closed"));
		r.put("satisfactionRate", ratio(c, "satisfied", "rated"));
		Double average = ratio(c, "closureSecondsSum", "closed");
		r.put("averageClosureHours", (average != null) ? average / 3600 : null);
		return r;
	}

	private static Double ratio(Map<String, Long> c, String numerator, String denominator) {
		long d = c.getOrDefault(denominator, 0L);
		return (d == 0) ? null : (double) c.getOrDefault(numerator, 0L) / d;
	}

	private Map<Long, List<CaseEvent>> byCase() {
		return this.events.stream()
			.sorted(Comparator.comparingLong(CaseEvent::eventId))
			.collect(Collectors.groupingBy((event) -> event.facts().caseId(), TreeMap::new, Collectors.toList()));
	}

	private static String key(GroupBy groupBy, String org, String unit, long worker, String category, LocalDate day) {
		return switch (groupBy) {
			case NONE -> "*";
			case GRID -> org.substring(0, Math.min(15, org.length()));
			case COMMUNITY -> org.substring(0, 12);
			case STREET -> org.substring(0, 9);
			case DISTRICT -> org.substring(0, 6);
			case UNIT -> (unit != null) ? unit : "";
			case WORKER -> Long.toString(worker);
			case CATEGORY -> category;
			case DAY -> day.toString();
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
			case MONTH -> day.toString().substring(0, 7);
		};
	}

	private static String eventUnit(CaseEvent event) {
		if (event instanceof CaseDispatched d) {
			return d.unitCode();
		}
		if (event instanceof CaseReturned r) {
			return r.unitCode();
		}
		if (event instanceof CaseHandled h) {
			return h.unitCode();
		}
		return event.facts().unitCode();
	}

	/** Residents' reports and ratings count for no worker. */
	private static long worker(CaseEvent event) {
		boolean byResident = event instanceof CaseEvaluated || (event instanceof CaseReported r
				&& (r.channel().equals("RESIDENT") || r.channel().equals("OPEN311")));
		return (byResident || event.actorUserId() == null) ? 0 : event.actorUserId();
	}

	private static LocalDate day(CaseEvent event) {
		return event.at().atZone(BEIJING).toLocalDate();
	}

	private static void inc(Map<String, Long> c, String counter) {
		inc(c, counter, true);
	}

	private static void inc(Map<String, Long> c, String counter, boolean when) {
		if (when) {
			c.merge(counter, 1L, Long::sum);
		}
	}

}
