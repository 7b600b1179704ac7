package org.gongzhi.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

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
import org.gongzhi.cases.CaseSupervised;
import org.gongzhi.cases.CaseVerified;
import org.gongzhi.cases.OverdueLevel;
import org.gongzhi.cases.Rating;
import org.gongzhi.cases.Stage;

/**
 * A realistic random stream of case lifecycles (fixed seed): reports by grid workers,
 * residents and the hotline, rejections, dispatches to units, returns, overdue stages,
 * escalations, handling, failed verifications and rework, closures, ratings and reopened
 * cases, some cases left open in every state. Event ids follow the time order of the
 * whole stream, as timeline ids do.
 */
final class CaseLifecycles {

	private final Random random;

	private final List<String> grids;

	private final List<String> units;

	private final List<String> categories;

	private final long firstId;

	private final Instant start;

	private final Duration spread;

	private final List<Draft> drafts = new ArrayList<>();

	/**
	 * @param seed the seed
	 * @param grids grid codes the cases lie in
	 * @param units handling unit codes
	 * @param categories category codes
	 * @param firstId first case id and first event id
	 * @param start earliest report
	 * @param spread reports fall in [start, start + spread)
	 */
	CaseLifecycles(long seed, List<String> grids, List<String> units, List<String> categories, long firstId,
			Instant start, Duration spread) {
		this.random = new Random(seed);
		this.grids = grids;
		this.units = units;
		this.categories = categories;
		this.firstId = firstId;
		this.start = start;
		this.spread = spread;
	}

	/** Makes an event once its id is known. */
	private interface EventMaker {

		CaseEvent make(long id, Instant at, CaseFacts facts);

	}

	/** An event before its id is known, with the case's facts at its time. */
	private record Draft(Instant at, CaseFacts facts, EventMaker maker) {
	}

	/** The events of {@code cases} lifecycles, in time order with ids in that order. */
	List<CaseEvent> generate(int cases) {
		for (int i = 0; i < cases; i++) {
			lifecycle(this.firstId + i);
		}
		this.drafts.sort(Comparator.comparing(Draft::at));
		List<CaseEvent> events = new ArrayList<>();
		for (int i = 0; i < this.drafts.size(); i++) {
			Draft draft = this.drafts.get(i);
			events.add(draft.maker().make(this.firstId + i, draft.at(), draft.facts()));
		}
		return events;
	}

	private void lifecycle(long caseId) {
		String grid = pick(this.grids);
		String category = pick(this.categories);
		String number = "HG-T-" + caseId;
		double channelDraw = this.random.nextDouble();
		String channel = (channelDraw < 0.5) ? "GRID_WORKER" : (channelDraw < 0.8) ? "RESIDENT" : "HOTLINE";
		long reporter = switch (channel) {
			case "GRID_WORKER" -> worker(900_001, 8);
			case "RESIDENT" -> 800_000 + this.random.nextInt(500);
			default -> 900_101;
		};
		long dispatcher = worker(900_201, 3);
		Instant reportedAt = this.start.plusSeconds((long) (this.random.nextDouble() * this.spread.toSeconds()));
		Case c = new Case(caseId, number, grid, category, reporter, reportedAt);
		boolean selfHandled = channel.equals("GRID_WORKER") && chance(0.1);
		c.emit(Duration.ZERO, (id, at, facts) -> new CaseReported(id, facts, at, reporter, channel, selfHandled));
		if (selfHandled) {
			// as the cases module does: reported and handled in one go, then verified by
			// another
			c.emit(Duration.ZERO, (id, at, facts) -> new CaseHandled(id, facts, at, reporter, null, true));
			if (!verify(c) && !handleUntilVerified(c, dispatcher)) {
				return;
			}
			closeAndRate(c, dispatcher, channel, reporter);
			return;
		}
		if (chance(0.08)) {
			c.emit(minutes(5, 120), (id, at, facts) -> new CaseRejected(id, facts, at, dispatcher, "不属于受理范围"));
			return;
		}
		if (chance(0.03)) {
			return;
		}
		boolean quick = chance(0.85);
		c.emit(quick ? minutes(2, 55) : minutes(70, 600),
				(id, at, facts) -> new CaseAccepted(id, facts, at, dispatcher, quick));
		if (chance(0.03) || !handleUntilVerified(c, dispatcher)) {
			return;
		}
		closeAndRate(c, dispatcher, channel, reporter);
	}

	/**
	 * Closes, and while the reporter is dissatisfied, maybe reopens (重办: back to the same
	 * unit).
	 */
	private void closeAndRate(Case c, long dispatcher, String channel, long reporter) {
		close(c, dispatcher);
		while (chance(0.7)) {
			Rating rating = rating();
			c.emit(minutes(30, 3000),
					(id, at, facts) -> new CaseEvaluated(id, facts, at, reporterOrNull(channel, reporter), rating));
			if (rating != Rating.DISSATISFIED || !chance(0.5)) {
				return;
			}
			c.emit(minutes(30, 600), (id, at, facts) -> new CaseReopened(id, facts, at, dispatcher));
			if (!handleUntilVerified(c, dispatcher)) {
				return;
			}
			close(c, dispatcher);
		}
	}

	/**
	 * Dispatch unless a unit has the case already, maybe return, handle, verify until it
	 * passes (a failed verification sends it back to the same unit: 返工); false if left
	 * open on the way.
	 */
	private boolean handleUntilVerified(Case c, long dispatcher) {
		if (c.unit == null) {
			String chosen = pick(this.units);
			c.unit = chosen;
			c.emit(minutes(5, 90), (id, at, facts) -> new CaseDispatched(id, facts, at, dispatcher, chosen, false));
			if (chance(0.1)) {
				long returner = unitWorker(chosen);
				c.unit = null;
				c.emit(minutes(10, 110), (id, at, facts) -> new CaseReturned(id, facts, at, returner, chosen, "派错单位"));
				return handleUntilVerified(c, dispatcher);
			}
			if (chance(0.05)) {
				return false;
			}
		}
		String unit = c.unit;
		if (chance(0.2)) {
			OverdueLevel level = chance(0.3) ? OverdueLevel.RED : OverdueLevel.YELLOW;
			c.emit(minutes(60, 2000), (id, at, facts) -> new CaseOverdue(id, facts, at, null, Stage.HANDLE, level,
					(level == OverdueLevel.RED) ? c.grid.substring(0, 12) : null));
			if (level == OverdueLevel.RED && chance(0.5)) {
				List<String> summoned = List.of(unit, pick(this.units));
				c.emit(minutes(10, 200),
						(id, at, facts) -> new CaseEscalated(id, facts, at, dispatcher, summoned, unit, "多部门协同"));
			}
		}
		if (chance(0.05)) {
			c.emit(minutes(10, 300), (id, at, facts) -> new CaseSupervised(id, facts, at, 900_301L, "请尽快处置"));
		}
		if (chance(0.04)) {
			return false;
		}
		boolean inTime = chance(0.8);
		long handler = unitWorker(unit);
		c.emit(inTime ? minutes(30, 1400) : minutes(1500, 9000),
				(id, at, facts) -> new CaseHandled(id, facts, at, handler, unit, inTime));
		if (chance(0.04)) {
			return false;
		}
		return verify(c) || handleUntilVerified(c, dispatcher);
	}

	/**
	 * 核查; a failure sends the case back to its unit (a rework dispatch in the same
	 * transaction) or, when a grid worker handled it alone, to the dispatcher.
	 */
	private boolean verify(Case c) {
		boolean passed = chance(0.85);
		long verifier = worker(900_001, 8);
		c.emit(minutes(20, 400), (id, at, facts) -> new CaseVerified(id, facts, at, verifier, passed));
		if (!passed && c.unit != null) {
			String unit = c.unit;
			c.emit(Duration.ZERO, (id, at, facts) -> new CaseDispatched(id, facts, at, verifier, unit, true));
		}
		return passed;
	}

	private void close(Case c, long dispatcher) {
		boolean onTime = chance(0.8);
		boolean solved = chance(0.9);
		c.emit(minutes(5, 240), (id, at, facts) -> new CaseClosed(id, facts, at, dispatcher, onTime, solved,
				Duration.between(c.reportedAt, at)));
	}

	private Rating rating() {
		double draw = this.random.nextDouble();
		return (draw < 0.55) ? Rating.SATISFIED : (draw < 0.85) ? Rating.FAIRLY_SATISFIED : Rating.DISSATISFIED;
	}

	private static Long reporterOrNull(String channel, long reporter) {
		return channel.equals("RESIDENT") ? reporter : null;
	}

	private long unitWorker(String unit) {
		return 910_000 + Math.abs(unit.hashCode() % 100) * 10 + this.random.nextInt(2);
	}

	private long worker(long first, int count) {
		return first + this.random.nextInt(count);
	}

	private Duration minutes(int min, int max) {
		return Duration.ofMinutes(min + this.random.nextInt(max - min + 1)).plusSeconds(this.random.nextInt(60));
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A case being generated: its facts and clock. */
	private final class Case {

		final long id;

		final String number;

		final String grid;

		final String category;

		final long reporter;

		final Instant reportedAt;

		Instant now;

		String unit;

		Case(long id, String number, String grid, String category, long reporter, Instant reportedAt) {
			this.id = id;
			this.number = number;
			this.grid = grid;
			this.category = category;
			this.reporter = reporter;
			this.reportedAt = reportedAt;
			this.now = reportedAt;
		}

		CaseFacts facts() {
			// reporters are not users of the test context: no one is notified of their
			// cases
			return new CaseFacts(this.id, this.number, this.grid, this.category, this.unit, null);
		}

		/** An event after a delay, with the facts as they are now. */
		void emit(Duration after, EventMaker maker) {
			this.now = this.now.plus(after);
			CaseLifecycles.this.drafts.add(new Draft(this.now, facts(), maker));
		}

	}

}
