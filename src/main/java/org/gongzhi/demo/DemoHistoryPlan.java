package org.gongzhi.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.cases.PastActor;
import org.gongzhi.cases.PastCase;
import org.gongzhi.cases.PastStep;
import org.gongzhi.cases.Priority;
import org.gongzhi.cases.Rating;
import org.gongzhi.org.GridArea;

/**
 * The demo district's case history, case by case, from a seed: when each case came in
 * (more on weekdays and in office hours, a little more each week), where (grids drawn by
 * their households, so denser where more people live), what (the {@link DemoCaseMix}),
 * who reported it, and what happened to it up to the plan's end: 立案 within the hour
 * mostly, some 不予立案, 派遣, a few 退回 and 吹哨, handling mostly within the time limit with a
 * tail past it, 核查 with some 返工, 结案, ratings by residents and 重办 after some 不满意. Case
 * {@code i} depends only on the seed, the plan's inputs and {@code i}, so a generation
 * can resume anywhere.
 */
final class DemoHistoryPlan {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Relative arrivals per hour of the day. */
	private static final double[] HOURS = { 0.3, 0.2, 0.15, 0.1, 0.15, 0.3, 0.8, 1.6, 3.0, 4.2, 4.4, 3.6, 2.2, 2.6, 3.8,
			4.0, 3.6, 2.6, 1.8, 1.6, 1.4, 1.1, 0.7, 0.5 };

	private static final String[] PLACES = { "小区东门附近", "楼下", "路口", "商铺门前", "公交站旁", "小区内", "学校门口", "菜市场旁", "人行道上",
			"楼道里" };

	private static final String[] REMARKS = { "，请尽快处理。", "，影响居民出行。", "，已持续好几天了。", "，居民反映强烈。", "，请相关部门核实处理。",
			"，存在安全隐患。" };

	private final long seed;

	private final Instant end;

	private final List<GridArea> grids;

	private final double[] cumulativeHouseholds;

	private final DemoCast.Cast cast;

	private final WorkingCalendar calendar;

	private final BiFunction<GridArea, Random, double[]> pointIn;

	private final Instant[] reportedAt;

	/**
	 * @param seed the seed
	 * @param cases how many cases
	 * @param days how many days back from {@code end}
	 * @param end the end of the history: nothing happens after it
	 * @param grids where cases may be
	 * @param cast who acts
	 * @param calendar working time
	 * @param pointIn a point inside a grid ({lat, lng}), drawn with the random given
	 */
	DemoHistoryPlan(long seed, int cases, int days, Instant end, List<GridArea> grids, DemoCast.Cast cast,
			WorkingCalendar calendar, BiFunction<GridArea, Random, double[]> pointIn) {
		this.seed = seed;
		this.end = end;
		this.grids = List.copyOf(grids);
		this.cumulativeHouseholds = new double[grids.size()];
		double sum = 0;
		for (int i = 0; i < grids.size(); i++) {
			sum += Math.max(grids.get(i).households(), 1);
			this.cumulativeHouseholds[i] = sum;
		}
		this.cast = cast;
		this.calendar = calendar;
		this.pointIn = pointIn;
		this.reportedAt = arrivals(seed, cases, days, end);
	}

	int size() {
		return this.reportedAt.length;
	}

	/** Report times, oldest first, so that case numbers run in time order. */
	private static Instant[] arrivals(long seed, int cases, int days, Instant end) {
		Random random = new Random(seed);
		LocalDate last = end.atZone(ZONE).toLocalDate();
		LocalDate first = last.minusDays(days);
		double[] dayWeights = new double[days + 1];
		double total = 0;
		for (int d = 0; d <= days; d++) {
			DayOfWeek day = first.plusDays(d).getDayOfWeek();
			double weekday = switch (day) {
				case MONDAY -> 1.1;
				case SATURDAY -> 0.65;
				case SUNDAY -> 0.55;
				default -> 1.02;
			};
			total += weekday * (1 + 0.2 * d / Math.max(days, 1));
			dayWeights[d] = total;
		}
		double hoursTotal = Arrays.stream(HOURS).sum();
		Instant[] times = new Instant[cases];
		for (int i = 0; i < cases; i++) {
			Instant at;
			do {
				int d = index(dayWeights, random.nextDouble() * total);
				double hourDraw = random.nextDouble() * hoursTotal;
				int hour = 0;
				while (hourDraw >= HOURS[hour]) {
					hourDraw -= HOURS[hour];
					hour++;
				}
				ZonedDateTime start = first.plusDays(d).atStartOfDay(ZONE).plusHours(hour);
				at = start.toInstant().plusSeconds(random.nextInt(3600));
			}
			while (!at.isBefore(end));
			times[i] = at;
		}
		Arrays.sort(times);
		return times;
	}

	/** Case {@code i} of the history, with what happened to it until the end. */
	PastCase plan(int i) {
		Random random = new Random(mix(this.seed, i));
		Instant reported = this.reportedAt[i];
		DemoCaseMix.Kind kind = DemoCaseMix.pick(random);
		GridArea grid = this.grids.get(index(this.cumulativeHouseholds,
				random.nextDouble() * this.cumulativeHouseholds[this.cumulativeHouseholds.length - 1]));
		double[] point = this.pointIn.apply(grid, random);
		String street = grid.code().substring(0, 9);
		String community = grid.code().substring(0, 12);
		PastActor streetDesk = this.cast.streetDesks().get(street);
		PastActor desk = (random.nextDouble() < 0.6) ? streetDesk : this.cast.districtDesk();
		PastActor gridWorker = this.cast.gridWorkers().get(grid.code());
		String channel;
		PastActor reporter;
		double channelDraw = random.nextDouble();
		if (gridWorker != null && channelDraw < 0.4) {
			channel = "GRID_WORKER";
			reporter = gridWorker;
		}
		else if (channelDraw < 0.55) {
			channel = "RESIDENT";
			reporter = this.cast.residents().get(street);
		}
		else if (channelDraw < 0.8) {
			channel = "HOTLINE";
			reporter = this.cast.districtDesk();
		}
		else {
			channel = "GRID_WORKER";
			reporter = streetDesk;
		}
		String description = PLACES[random.nextInt(PLACES.length)] + kind.nameZh()
				+ REMARKS[random.nextInt(REMARKS.length)];
		Life life = new Life(random, kind, reported);
		life.unfold(desk, streetDesk, community, street, gridWorker, "RESIDENT".equals(channel) ? reporter : null);
		return new PastCase(kind.code(), point[0], point[1], description, channel, reporter, reported, life.steps);
	}

	/**
	 * What happens to one case: built step by step, each at a time after the one before;
	 * steps past the end of the history are left out (and so is everything after them).
	 */
	private final class Life {

		private final Random random;

		private final DemoCaseMix.Kind kind;

		private final List<PastStep> steps = new ArrayList<>();

		private Instant now;

		private boolean cut;

		Life(Random random, DemoCaseMix.Kind kind, Instant reported) {
			this.random = random;
			this.kind = kind;
			this.now = reported;
		}

		void unfold(PastActor desk, PastActor streetDesk, String community, String street, PastActor gridWorker,
				PastActor rater) {
			boolean urgent = this.kind.priority() == Priority.URGENT;
			Duration acceptDelay = minutes(pick(0.9, 3, 40, 0.08, 40, 58, 70, 200));
			if (this.random.nextDouble() < 0.04) {
				add(working(acceptDelay), (at) -> PastStep.reject(at, desk, "不属于受理范围"));
				return;
			}
			add(working(acceptDelay), (at) -> PastStep.accept(at, desk));
			String unit;
			PastActor handler;
			if (this.kind.byTheCommunity()) {
				boolean ownCommunity = community.equals(DemoHistoryPlan.this.cast.communityCode())
						&& "SQ".equals(this.kind.unitType());
				unit = ownCommunity ? community : street;
				handler = ownCommunity ? DemoHistoryPlan.this.cast.communityWorker() : streetDesk;
			}
			else {
				DemoCast.Handler department = DemoHistoryPlan.this.cast.handlers().get(this.kind.unitType());
				unit = ("CG".equals(this.kind.unitType()) && street.equals(DemoDistrict.STREET))
						? DemoDistrict.CITY_MANAGEMENT_SQUAD : department.departmentCode();
				handler = department.actor();
			}
			PastActor verifier = (gridWorker != null && !gridWorker.equals(handler)) ? gridWorker
					: handler.equals(streetDesk) ? DemoHistoryPlan.this.cast.districtDesk() : streetDesk;
			boolean byDepartment = !this.kind.byTheCommunity();
			Instant dispatched;
			if (byDepartment && this.random.nextDouble() < 0.025) {
				dispatched = escalate(desk, unit, handler, urgent);
			}
			else {
				dispatched = add(working(minutes(pick(0.9, 3, 40, 0.08, 40, 58, 65, 150))),
						(at) -> PastStep.dispatch(at, desk, unit));
				if (byDepartment && this.random.nextDouble() < 0.05) {
					PastActor returning = handler;
					add(working(minutes(pick(1, 10, 100, 0, 0, 0, 0, 0))),
							(at) -> PastStep.giveBack(at, returning, "非本单位职责，请重新派遣"));
					DemoCast.Handler other = DemoHistoryPlan.this.cast.handlers()
						.get("CG".equals(this.kind.unitType()) ? "ZJ" : "CG");
					dispatched = add(working(minutes(pick(1, 10, 60, 0, 0, 0, 0, 0))),
							(at) -> PastStep.dispatch(at, desk, other.departmentCode()));
					handler = other.actor();
				}
				PastActor starter = handler;
				handle(dispatched, starter, urgent, pick(0.85, 0.08, 0.75, 0.1, 0.75, 0.98, 1.02, 2.5));
			}
			if (this.cut) {
				return;
			}
			PastActor finalHandler = handler;
			boolean passed = this.random.nextDouble() >= 0.06;
			verify(verifier, passed);
			if (!passed) {
				handle(this.now, finalHandler, urgent, pick(1, 0.2, 0.8, 0, 0, 0, 0, 0));
				verify(verifier, true);
			}
			add(working(minutes(pick(0.9, 5, 90, 0.1, 90, 240, 0, 0))), (at) -> PastStep.close(at, desk));
			if (rater == null || this.random.nextDouble() >= 0.7) {
				return;
			}
			double ratingDraw = this.random.nextDouble();
			Rating rating = (ratingDraw < 0.74) ? Rating.SATISFIED
					: (ratingDraw < 0.92) ? Rating.FAIRLY_SATISFIED : Rating.DISSATISFIED;
			add(clock(minutes(pick(1, 60, 2880, 0, 0, 0, 0, 0))),
					(at) -> PastStep.evaluate(at, rater, rating, (rating == Rating.DISSATISFIED) ? "问题没有解决" : null));
			if (rating == Rating.DISSATISFIED && this.random.nextDouble() < 0.5) {
				Instant reopened = add(working(minutes(pick(1, 60, 450, 0, 0, 0, 0, 0))),
						(at) -> PastStep.reopen(at, desk, "回访核实后重办"));
				handle(reopened, finalHandler, urgent, pick(1, 0.3, 0.9, 0, 0, 0, 0, 0));
				verify(verifier, true);
				add(working(minutes(pick(1, 5, 90, 0, 0, 0, 0, 0))), (at) -> PastStep.close(at, desk));
			}
		}

		/**
		 * 吹哨: the lead and one or two other departments; returns when it was dispatched.
		 */
		private Instant escalate(PastActor desk, String lead, PastActor leader, boolean urgent) {
			List<DemoCast.Handler> others = new ArrayList<>(DemoHistoryPlan.this.cast.handlers().values());
			others.removeIf((other) -> lead.startsWith(other.departmentCode()));
			others.sort((a, b) -> a.departmentCode().compareTo(b.departmentCode()));
			List<DemoCast.Handler> summoned = new ArrayList<>();
			int count = 1 + this.random.nextInt(2);
			for (int i = 0; i < count && !others.isEmpty(); i++) {
				summoned.add(others.remove(this.random.nextInt(others.size())));
			}
			List<String> units = new ArrayList<>(List.of(lead));
			summoned.forEach((other) -> units.add(other.departmentCode()));
			Instant dispatched = add(working(minutes(pick(1, 10, 50, 0, 0, 0, 0, 0))),
					(at) -> PastStep.escalate(at, desk, lead, units, "涉及多个部门，吹哨联合处置"));
			add(working(minutes(pick(1, 20, 180, 0, 0, 0, 0, 0))), (at) -> PastStep.reportIn(at, leader, lead));
			for (DemoCast.Handler other : summoned) {
				add(working(minutes(pick(1, 10, 120, 0, 0, 0, 0, 0))),
						(at) -> PastStep.reportIn(at, other.actor(), other.departmentCode()));
			}
			add(working(minutes(pick(1, 10, 60, 0, 0, 0, 0, 0))), (at) -> PastStep.start(at, leader));
			for (DemoCast.Handler other : summoned) {
				add(working(minutes(pick(1, 120, 900, 0, 0, 0, 0, 0))),
						(at) -> PastStep.reportDone(at, other.actor(), other.departmentCode(), "已配合完成"));
			}
			add(working(minutes(pick(1, 60, 900, 0, 0, 0, 0, 0))),
					(at) -> PastStep.reportDone(at, leader, lead, "牵头处置完毕"));
			add(working(minutes(pick(1, 10, 120, 0, 0, 0, 0, 0))), (at) -> PastStep.handle(at, leader, true, "联合处置完毕"));
			return dispatched;
		}

		/**
		 * 签收 and 处置: the handle limit runs from {@code from}; the case is handled after
		 * {@code fraction} of it.
		 */
		private void handle(Instant from, PastActor handler, boolean urgent, double fraction) {
			Duration limit = this.kind.handleLimit();
			Duration used = Duration.ofSeconds((long) (limit.toSeconds() * fraction));
			Instant handled = urgent ? from.plus(used) : DemoHistoryPlan.this.calendar.addWorkingTime(from, used);
			Duration span = Duration.between(this.now, handled);
			Instant started = this.now
				.plus(Duration.ofSeconds((long) (span.toSeconds() * 0.1 * (1 + this.random.nextDouble()))));
			add(started, (at) -> PastStep.start(at, handler));
			boolean solved = this.random.nextDouble() >= 0.04;
			add(handled.isAfter(started) ? handled : started.plusSeconds(60),
					(at) -> PastStep.handle(at, handler, solved, solved ? "已处置完毕" : "暂时无法彻底解决，已采取临时措施"));
		}

		private void verify(PastActor verifier, boolean passed) {
			add(working(minutes(pick(0.97, 20, 200, 0.03, 245, 480, 0, 0))),
					(at) -> PastStep.verify(at, verifier, passed, passed ? "核查属实，已处置" : "现场核查未处置到位，返工"));
		}

		/**
		 * Adds a step at {@code at} unless the history ended before; returns {@code at}.
		 */
		private Instant add(Instant at, java.util.function.Function<Instant, PastStep> step) {
			Instant when = at.isAfter(this.now) ? at : this.now.plusSeconds(30);
			if (this.cut || !when.isBefore(DemoHistoryPlan.this.end)) {
				this.cut = true;
				return when;
			}
			this.steps.add(step.apply(when));
			this.now = when;
			return when;
		}

		/** After an amount of working time, or clock time for 特急 (as its limits run). */
		private Instant working(Duration amount) {
			return (this.kind.priority() == Priority.URGENT) ? this.now.plus(amount)
					: DemoHistoryPlan.this.calendar.addWorkingTime(this.now, amount);
		}

		private Instant clock(Duration amount) {
			return this.now.plus(amount);
		}

		/**
		 * A value from up to three uniform ranges: with probability {@code p1} in [a1,
		 * b1), {@code p2} in [a2, b2), else in [a3, b3).
		 */
		private double pick(double p1, double a1, double b1, double p2, double a2, double b2, double a3, double b3) {
			double draw = this.random.nextDouble();
			double within = this.random.nextDouble();
			if (draw < p1) {
				return a1 + within * (b1 - a1);
			}
			if (draw < p1 + p2) {
				return a2 + within * (b2 - a2);
			}
			return a3 + within * (b3 - a3);
		}

	}

	private static Duration minutes(double minutes) {
		return Duration.ofSeconds((long) (minutes * 60));
	}

	/** The first index whose cumulative weight exceeds the draw. */
	private static int index(double[] cumulative, double draw) {
		int found = Arrays.binarySearch(cumulative, draw);
		int index = (found >= 0) ? found + 1 : -found - 1;
		return Math.min(index, cumulative.length - 1);
	}

	/** A well-mixed seed for case {@code i} (SplitMix64's finaliser). */
	private static long mix(long seed, long i) {
		long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
