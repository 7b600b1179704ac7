package org.gongzhi.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.cases.CaseBackfill;
import org.gongzhi.org.GridArea;
import org.gongzhi.org.GridLocation;
import org.gongzhi.org.GridLocator;
import org.gongzhi.org.OrgGeography;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo district's case history (by default 20,000 cases over the last 90 days, see
 * {@link DemoHistoryPlan}), entered on first start after the district and its users
 * through {@link CaseBackfill}, so every case has its timeline and events and the
 * indicators agree with them. Batches of cases commit together with the resume point, so
 * a restart goes on where the last run stopped and a finished history is never added
 * again. It runs in the background with its progress in the log, so the application is
 * usable at once; tests run it in the foreground
 * ({@code gongzhi.demo.history-in-background=false}).
 */
@Component
@Profile("demo")
@Order(1)
class DemoCaseHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseHistory.class);

	private static final int BATCH = 50;

	private static final int POINT_TRIES = 12;

	private final DemoCast cast;

	private final DemoHistoryProgress progress;

	private final CaseBackfill backfill;

	private final OrgGeography geography;

	private final GridLocator locator;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final int cases;

	private final int days;

	private final boolean inBackground;

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final CompletableFuture<Integer> done = new CompletableFuture<>();

	DemoCaseHistory(DemoCast cast, DemoHistoryProgress progress, CaseBackfill backfill, OrgGeography geography,
			GridLocator locator, WorkingCalendar calendar, Clock clock, PlatformTransactionManager transactions,
			@Value("${gongzhi.demo.cases:20000}") int cases, @Value("${gongzhi.demo.days:90}") int days,
			@Value("${gongzhi.demo.history-in-background:true}") boolean inBackground) {
		this.cast = cast;
		this.progress = progress;
		this.backfill = backfill;
		this.geography = geography;
		this.locator = locator;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.cases = cases;
		this.days = days;
		this.inBackground = inBackground;
	}

	@Override
	public void run(ApplicationArguments args) {
		var state = this.progress.find();
		if (this.cases <= 0 || state.map(DemoHistoryProgress.State::finished).orElse(false)) {
			this.done.complete(0);
			return;
		}
		if (this.inBackground) {
			Thread thread = new Thread(this::generateSafely, "demo-history");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			thread.start();
		}
		else {
			generateSafely();
		}
	}

	/** Completes with the number of cases this run entered once the history is done. */
	CompletableFuture<Integer> done() {
		return this.done;
	}

	@PreDestroy
	void stop() {
		this.stopping.set(true);
	}

	private void generateSafely() {
		try {
			this.done.complete(generate());
		}
		catch (RuntimeException ex) {
			log.error("Demo history stopped; the next start goes on from where it stopped", ex);
			this.done.completeExceptionally(ex);
		}
	}

	/** Enters the cases not yet entered; returns how many it entered. */
	int generate() {
		long started = System.nanoTime();
		this.locator.ensureIndexed();
		DemoCast.Cast people = this.cast.assemble(DemoDistrict.SEED);
		Instant now = this.clock.instant();
		DemoHistoryProgress.State state = this.transaction
			.execute((status) -> this.progress.findOrStart(DemoDistrict.SEED, this.cases, this.days, now));
		List<GridArea> grids = this.geography.gridAreas(DemoDistrict.DISTRICT);
		DemoHistoryPlan plan = new DemoHistoryPlan(state.seed(), state.total(), state.days(), state.end(), grids,
				people, this.calendar, this::pointIn);
		if (state.entered() == 0) {
			log.info("Demo history: entering {} cases of the {} days before {}", state.total(), state.days(),
					state.end());
		}
		else {
			log.info("Demo history: going on from case {} of {}", state.entered(), state.total());
		}
		int step = Math.max(BATCH, (state.total() / 20) / BATCH * BATCH);
		int entered = 0;
		for (int from = state.entered(); from < state.total() && !this.stopping.get(); from += BATCH) {
			int first = from;
			int to = Math.min(from + BATCH, state.total());
			this.transaction.executeWithoutResult((status) -> {
				Instant asOf = this.clock.instant();
				for (int i = first; i < to; i++) {
					this.backfill.enter(plan.plan(i), asOf);
				}
				if (!this.progress.advance(first, to)) {
					throw new IllegalStateException("the demo history is being entered by another node");
				}
			});
			entered += to - first;
			if (to % step == 0 || to == state.total()) {
				long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
				log.info("Demo history: {} of {} cases ({} %), {} s", to, state.total(), to * 100 / state.total(),
						seconds);
			}
		}
		if (!this.stopping.get()) {
			this.transaction.executeWithoutResult((status) -> this.progress.finish(this.clock.instant()));
			log.info("Demo history: done, {} cases in {} s", entered,
					Duration.ofNanos(System.nanoTime() - started).toSeconds());
		}
		return entered;
	}

	/**
	 * A point inside the grid: drawn in its bounding box until the grid index agrees,
	 * else the grid's label point.
	 */
	double[] pointIn(GridArea grid, Random random) {
		for (int i = 0; i < POINT_TRIES; i++) {
			double lat = round(grid.minLat() + random.nextDouble() * (grid.maxLat() - grid.minLat()));
			double lng = round(grid.minLng() + random.nextDouble() * (grid.maxLng() - grid.minLng()));
			String located = this.locator.locate(lat, lng)
				.map(GridLocation::grid)
				.map(GridLocation.UnitRef::code)
				.orElse(null);
			if (grid.code().equals(located)) {
				return new double[] { lat, lng };
			}
		}
		return new double[] { grid.labelLat(), grid.labelLng() };
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
