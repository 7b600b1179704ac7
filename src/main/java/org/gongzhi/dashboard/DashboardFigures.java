package org.gongzhi.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.OpenCasesMap;
import org.gongzhi.evaluation.GroupBy;
import org.gongzhi.evaluation.IndicatorGroup;
import org.gongzhi.evaluation.IndicatorQuery;
import org.gongzhi.evaluation.IndicatorRatios;
import org.gongzhi.evaluation.IndicatorReport;
import org.gongzhi.evaluation.Indicators;
import org.gongzhi.evaluation.IndicatorsChanged;
import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.DataScope;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;

/**
 * What the dashboard shows for an org unit and a period, from the indicator rollups
 * ({@link Indicators}, which keeps to the caller's scope): cases in each state now, the
 * period's and today's flows, the indicators, their trend by day or week, the places one
 * level down and the handling units ranked by 按期结案率, and the categories reported most.
 * Four indicator reports in all (five by week), whatever the size of the place, run side
 * by side. The figures are kept for {@link #CACHED_FOR} per place, period, day,
 * department and language, and dropped whenever this node counts a case event
 * ({@link IndicatorsChanged}); the scope check runs on every call.
 */
@Service
class DashboardFigures {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Periods offered, in days back from today (today included). */
	static final List<Integer> PERIODS = List.of(7, 30, 90);

	static final int DEFAULT_DAYS = 30;

	private static final int TOP_CATEGORIES = 8;

	private static final int TOP_UNITS = 10;

	/**
	 * How long figures are reused on this node; a case event counted on this node drops
	 * them at once, one counted on another node shows here within this time.
	 */
	static final Duration CACHED_FOR = Duration.ofSeconds(20);

	private final Indicators indicators;

	private final OrgUnits orgUnits;

	private final OpenCasesMap openCases;

	private final Clock clock;

	/** Runs reports beside the request's own, in the caller's security context. */
	private final ExecutorService parallel;

	private final CurrentScope scope;

	private final FiguresCache cache = new FiguresCache(CACHED_FOR);

	DashboardFigures(Indicators indicators, OrgUnits orgUnits, OpenCasesMap openCases, CurrentScope scope,
			Clock clock) {
		this.indicators = indicators;
		this.scope = scope;
		this.orgUnits = orgUnits;
		this.openCases = openCases;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.parallel = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(6, (task) -> {
			Thread thread = new Thread(task, "dashboard-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}));
	}

	/**
	 * The figures of an org unit within the caller's scope (404 outside it).
	 * @param org the org unit, {@code null} for the caller's scope
	 * @param days the period: this many days up to today
	 */
	Figures of(String org, int days, Locale locale) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZONE);
		DataScope caller = this.scope.get();
		String code = (org != null && !org.isBlank()) ? org.strip() : caller.orgCode();
		caller.requireVisible(code, "indicators.org.not-found", code);
		OrgUnit unit = this.orgUnits.find(code)
			.orElseThrow(() -> new NotFoundException("indicators.org.not-found", code));
		// the reports keep to the caller's department, if any; names are in the locale
		FiguresCache.Key key = new FiguresCache.Key(unit.code(), days, today, caller.departmentCode(), locale);
		return this.cache.get(key, () -> compute(unit, days, today, locale));
	}

	private Figures compute(OrgUnit unit, int days, LocalDate today, Locale locale) {
		LocalDate from = today.minusDays(days - 1L);
		GroupBy trendBy = (days <= 31) ? GroupBy.DAY : GroupBy.WEEK;
		OrgLevel below = below(unit.level());
		// the other reports run beside each other, as the caller
		Future<List<Ranked>> places = this.parallel.submit(() -> (below == null) ? List.<Ranked>of()
				: ranked(report(unit, from, today, groupBy(below)).groups(), Integer.MAX_VALUE));
		Future<List<Ranked>> units = this.parallel.submit(() -> ranked(report(unit, from, today, GroupBy.UNIT).groups()
			.stream()
			.filter((group) -> !group.key().isEmpty())
			.toList(), TOP_UNITS));
		Future<List<Counted>> categories = this.parallel
			.submit(() -> report(unit, from, today, GroupBy.CATEGORY).groups()
				.stream()
				.filter((group) -> group.counters().reported() > 0)
				.sorted(Comparator.comparingLong((IndicatorGroup group) -> group.counters().reported()).reversed())
				.limit(TOP_CATEGORIES)
				.map((group) -> new Counted(group.key(), this.openCases.categoryName(group.key(), locale),
						group.counters().reported()))
				.toList());
		// by week, today is a report of its own; by day, it is the trend's last day
		Future<IndicatorGroup> day = (trendBy == GroupBy.DAY) ? null
				: this.parallel.submit(() -> report(unit, today, today, GroupBy.NONE).total());
		IndicatorReport trend = report(unit, from, today, trendBy);
		List<Trend> points = trend.groups().stream().map(Trend::of).toList();
		IndicatorGroup total = trend.total();
		Trend todays = (day != null) ? Trend.of(result(day))
				: points.isEmpty() ? Trend.EMPTY : points.get(points.size() - 1);
		return new Figures(unit, below, days, from, today, trendBy, total.states(), todays,
				new Flows(total.counters().reported(), total.counters().closed()), total.indicators(), points,
				result(places), result(units), result(categories));
	}

	/**
	 * Whatever a dashboard shows may have changed: figures cached on this node are
	 * dropped.
	 */
	@EventListener
	void on(IndicatorsChanged changed) {
		this.cache.clear();
	}

	/**
	 * A report without percentiles of closure times, which the dashboard does not show.
	 */
	private IndicatorReport report(OrgUnit unit, LocalDate from, LocalDate to, GroupBy groupBy) {
		return this.indicators.report(new IndicatorQuery(unit.code(), null, null, from, to, groupBy, false));
	}

	private static <T> T result(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@PreDestroy
	void stop() {
		this.parallel.shutdownNow();
	}

	/** From the top of the caller's scope down to the unit. */
	List<OrgUnit> breadcrumb(OrgUnit unit, String scopeCode) {
		List<OrgUnit> trail = new ArrayList<>();
		for (OrgLevel level : List.of(OrgLevel.DISTRICT, OrgLevel.STREET, OrgLevel.COMMUNITY, OrgLevel.GRID)) {
			int length = level.codeLength();
			if (length <= unit.code().length() && (scopeCode == null || length >= scopeCode.length())) {
				this.orgUnits.find(unit.code().substring(0, length)).ifPresent(trail::add);
			}
		}
		return trail;
	}

	/** Best first; places and units without cases to close come last. */
	private static List<Ranked> ranked(List<IndicatorGroup> groups, int limit) {
		return groups.stream()
			.filter((group) -> group.counters().shouldClose() > 0 || group.counters().dispatched() > 0)
			.map((group) -> new Ranked(group.key(), (group.name() != null) ? group.name() : group.key(),
					group.indicators().onTimeClosureRate(), group.indicators().satisfactionRate(),
					group.counters().shouldClose(), openOf(group.states())))
			.sorted(Comparator.comparing(Ranked::onTimeClosureRate, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Ranked::code))
			.limit(limit)
			.toList();
	}

	private static long openOf(Map<CaseState, Long> states) {
		if (states == null) {
			return 0;
		}
		return states.entrySet()
			.stream()
			.filter((entry) -> Figures.OPEN.contains(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	private static OrgLevel below(OrgLevel level) {
		return switch (level) {
			case PROVINCE -> OrgLevel.CITY;
			case CITY -> OrgLevel.DISTRICT;
			case DISTRICT -> OrgLevel.STREET;
			case STREET -> OrgLevel.COMMUNITY;
			case COMMUNITY -> OrgLevel.GRID;
			default -> null;
		};
	}

	private static GroupBy groupBy(OrgLevel level) {
		return switch (level) {
			case STREET -> GroupBy.STREET;
			case COMMUNITY -> GroupBy.COMMUNITY;
			case GRID -> GroupBy.GRID;
			default -> GroupBy.DISTRICT;
		};
	}

	/**
	 * The dashboard of one org unit.
	 *
	 * @param unit the org unit
	 * @param placesLevel the level of {@code places}, {@code null} for a grid
	 * @param days the period's length
	 * @param from its first day
	 * @param to its last day (today)
	 * @param trendBy day or week
	 * @param states cases in each state now
	 * @param today today's flows
	 * @param period the period's flows
	 * @param ratios the period's indicators
	 * @param trend flows and indicators per day or week
	 * @param places the places one level down, ranked
	 * @param units the handling units, ranked
	 * @param categories the categories reported most in the period
	 */
	record Figures(OrgUnit unit, OrgLevel placesLevel, int days, LocalDate from, LocalDate to, GroupBy trendBy,
			Map<CaseState, Long> states, Trend today, Flows period, IndicatorRatios ratios, List<Trend> trend,
			List<Ranked> places, List<Ranked> units, List<Counted> categories) {

		static final List<CaseState> OPEN = List.of(CaseState.REPORTED, CaseState.ACCEPTED, CaseState.DISPATCHED,
				CaseState.IN_PROGRESS, CaseState.HANDLED);

		public long state(String name) {
			return this.states.getOrDefault(CaseState.valueOf(name), 0L);
		}

		public long open() {
			return openOf(this.states);
		}

	}

	/**
	 * Reported and closed in a period.
	 *
	 * @param reported 上报
	 * @param closed 结案
	 */
	record Flows(long reported, long closed) {
	}

	/**
	 * One day or week of the trend.
	 *
	 * @param key the day, or the Monday of the week
	 * @param reported reported
	 * @param closed closed
	 * @param ratios its indicators
	 */
	record Trend(String key, long reported, long closed, IndicatorRatios ratios) {

		static final Trend EMPTY = new Trend("", 0, 0, null);

		static Trend of(IndicatorGroup group) {
			return new Trend(group.key(), group.counters().reported(), group.counters().closed(), group.indicators());
		}

	}

	/**
	 * A place or unit in a ranking.
	 *
	 * @param code its code
	 * @param name its name
	 * @param onTimeClosureRate 按期结案率, {@code null} without cases to close
	 * @param satisfactionRate 满意率
	 * @param shouldClose cases to close in the period
	 * @param open its open cases now
	 */
	record Ranked(String code, String name, Double onTimeClosureRate, Double satisfactionRate, long shouldClose,
			long open) {
	}

	/**
	 * A category and how often it was reported.
	 *
	 * @param code its code
	 * @param name its name
	 * @param reported reports in the period
	 */
	record Counted(String code, String name, long reported) {
	}

}
