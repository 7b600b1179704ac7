package org.gongzhi.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongzhi.cases.CaseState;
import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.DataScope;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of the case closed loop (definitions: {@link IndicatorDefinitions}) for
 * the current caller: within their data scope (another org unit answers 404, as a missing
 * one does) and, for department staff, within their department. Reads only the rollup
 * tables.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

	/** Longest period of one report. */
	static final int MAX_DAYS = 1096;

	private static final Pattern ORG = Pattern.compile("[0-9]{2,32}");

	private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:-]{0,31}");

	private final RollupQueries queries;

	private final CurrentScope scope;

	private final OrgUnits orgUnits;

	private final GroupNames names;

	private final Clock clock;

	Indicators(RollupQueries queries, CurrentScope scope, OrgUnits orgUnits, GroupNames names, Clock clock) {
		this.queries = queries;
		this.scope = scope;
		this.orgUnits = orgUnits;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * The report asked for: 404 for an org unit outside the caller's scope (or a unit
	 * outside a department user's department), 400 for a bad code or period.
	 */
	public IndicatorReport report(IndicatorQuery query) {
		DataScope caller = this.scope.get();
		OrgUnit org = visibleOrg(caller, blankToNull(query.org()));
		String unit = visibleUnit(caller, blankToNull(query.unit()));
		String category = blankToNull(query.category());
		if (category != null && !CODE.matcher(category).matches()) {
			throw new InvalidInputException("indicators.code.invalid", "category", category);
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), IndicatorDefinitions.ZONE);
		LocalDate to = (query.to() != null) ? query.to() : today;
		LocalDate from = (query.from() != null) ? query.from() : to.withDayOfMonth(1);
		if (from.isAfter(to)) {
			throw new InvalidInputException("indicators.period.invalid", from, to);
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("indicators.period.too-long", MAX_DAYS);
		}
		GroupBy groupBy = (query.groupBy() != null) ? query.groupBy() : GroupBy.NONE;
		RollupQueries.Filter filter = new RollupQueries.Filter(org.code(), unit, category, from, to);
		return report(org, unit, category, filter, groupBy, query.percentiles());
	}

	private OrgUnit visibleOrg(DataScope caller, String code) {
		String org = (code != null) ? code : caller.orgCode();
		if (org == null) {
			throw new NotFoundException("indicators.org.not-found", "");
		}
		if (!ORG.matcher(org).matches()) {
			throw new InvalidInputException("indicators.code.invalid", "org", org);
		}
		caller.requireVisible(org, "indicators.org.not-found", org);
		return this.orgUnits.find(org).orElseThrow(() -> new NotFoundException("indicators.org.not-found", org));
	}

	/** Department staff see their department's subtree only, all of it by default. */
	private String visibleUnit(DataScope caller, String code) {
		String unit = (code == null && caller.departmentCode() != null) ? caller.departmentCode() : code;
		if (unit != null && !CODE.matcher(unit).matches()) {
			throw new InvalidInputException("indicators.code.invalid", "unit", unit);
		}
		if (caller.departmentCode() != null && !caller.coversDepartment(unit)) {
			throw new NotFoundException("indicators.unit.not-found", unit);
		}
		return unit;
	}

	/**
	 * The groups and their total. Every grouping puts each rollup row in exactly one
	 * group (the groups of a period grouping cover the whole period), so the total's
	 * counters and closure buckets are the groups' sums, and so are its states where the
	 * groups have them; only a grouping without states asks for them once more.
	 */
	private IndicatorReport report(OrgUnit org, String unit, String category, RollupQueries.Filter filter,
			GroupBy groupBy, boolean percentiles) {
		boolean hasStates = GroupExpressions.hasStates(groupBy);
		Map<String, long[]> byKey = this.queries.counters(filter, groupBy);
		Map<String, long[]> bucketsByKey = percentiles ? this.queries.closureBuckets(filter, groupBy) : Map.of();
		Map<String, Map<CaseState, Long>> states = hasStates ? this.queries.states(filter, groupBy) : Map.of();
		Map<String, long[]> counters = groupBy.isPeriod()
				? Periods.fold(byKey, groupBy, filter.from(), filter.to(), Counter.COUNT) : byKey;
		Map<String, long[]> buckets = groupBy.isPeriod()
				? Periods.fold(bucketsByKey, groupBy, filter.from(), filter.to(), ClosureBuckets.count())
				: bucketsByKey;
		List<String> keys = new ArrayList<>(counters.keySet());
		states.keySet().stream().filter((key) -> !counters.containsKey(key)).forEach(keys::add);
		keys.sort(order(groupBy));
		Map<String, String> groupNames = this.names.of(groupBy, org, keys);
		List<IndicatorGroup> groups = new ArrayList<>();
		long[] totalCounters = new long[Counter.COUNT];
		long[] totalBuckets = new long[ClosureBuckets.count()];
		Map<CaseState, Long> totalStates = new EnumMap<>(CaseState.class);
		for (String key : keys) {
			groups.add(group(key, groupNames.get(key), counters.get(key), buckets.get(key),
					hasStates ? states.getOrDefault(key, Map.of()) : null));
			add(totalCounters, counters.get(key));
			add(totalBuckets, buckets.get(key));
		}
		if (hasStates) {
			states.values()
				.forEach((byState) -> byState.forEach((state, cases) -> totalStates.merge(state, cases, Long::sum)));
		}
		else {
			this.queries.states(filter, GroupBy.NONE).values().forEach(totalStates::putAll);
		}
		IndicatorGroup total = group(RollupQueries.ALL, null, totalCounters, totalBuckets, totalStates);
		return new IndicatorReport(IndicatorDefinitions.VERSION, org.code(), org.name(), unit, category, filter.from(),
				filter.to(), groupBy, total, groups);
	}

	private static IndicatorGroup group(String key, String name, long[] counters, long[] buckets,
			Map<CaseState, Long> states) {
		IndicatorCounters summed = IndicatorCounters.of((counters != null) ? counters : new long[Counter.COUNT]);
		long[] closures = (buckets != null) ? buckets : new long[ClosureBuckets.count()];
		return new IndicatorGroup(key, name, summed, IndicatorRatios.of(summed, closures),
				(states != null) ? completeStates(states) : null);
	}

	/** Every state, 0 where there is none, so that clients need not guess. */
	private static Map<CaseState, Long> completeStates(Map<CaseState, Long> states) {
		Map<CaseState, Long> complete = new LinkedHashMap<>();
		Arrays.stream(CaseState.values()).forEach((state) -> complete.put(state, states.getOrDefault(state, 0L)));
		return complete;
	}

	private static void add(long[] sum, long[] values) {
		if (values == null) {
			return;
		}
		for (int i = 0; i < sum.length; i++) {
			sum[i] += values[i];
		}
	}

	/** Workers by id, everything else by its key (codes and ISO dates sort as text). */
	private static Comparator<String> order(GroupBy groupBy) {
		return (groupBy == GroupBy.WORKER) ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
