package org.gongzhi.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queues of the workbenches: lists of cases in the caller's sight turned into rows
 * with their place, SLA countdown and suggested unit.
 */
@Service
@Transactional(readOnly = true)
class DeskQueues {

	/** The open states, in the order of the loop. */
	static final List<CaseState> OPEN = List.of(CaseState.REPORTED, CaseState.ACCEPTED, CaseState.DISPATCHED,
			CaseState.IN_PROGRESS, CaseState.HANDLED);

	/** Longest queue shown on a workbench; the case list shows the rest. */
	static final int QUEUE_LIMIT = 50;

	private final CaseQueries queries;

	private final CategoryCatalog categories;

	private final HandlingUnits units;

	private final OrgUnits orgUnits;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DeskQueues(CaseQueries queries, CategoryCatalog categories, HandlingUnits units, OrgUnits orgUnits,
			WorkingCalendar calendar, Clock clock) {
		this.queries = queries;
		this.categories = categories;
		this.units = units;
		this.orgUnits = orgUnits;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Cases in these states, the soonest deadline first. */
	Queue queue(Actor actor, List<CaseState> states, String org, String unit, OverdueLevel overdue) {
		CasePage page = this.queries.list(
				new CaseFilter(states, null, org, unit, overdue, null, null, null, null, "deadline", null, QUEUE_LIMIT),
				actor);
		return new Queue(rows(page.items()), page.nextCursor() != null);
	}

	List<PendingExtension> extensions(Actor actor) {
		return this.queries.pendingExtensions(actor, QUEUE_LIMIT);
	}

	List<DeskRow> rows(List<CaseSummary> summaries) {
		Instant now = this.clock.instant();
		Map<String, String> places = new HashMap<>();
		return summaries.stream()
			.map((summary) -> new DeskRow(summary, places.computeIfAbsent(summary.orgCode(), this::placeName),
					countdown(summary, now), suggested(summary), this.units.name(summary.unitCode())))
			.toList();
	}

	DeskRow.Countdown countdown(CaseSummary summary, Instant now) {
		if (summary.stageDeadline() == null || !OPEN.contains(summary.state())) {
			return null;
		}
		boolean overdue = now.isAfter(summary.stageDeadline());
		Instant from = overdue ? summary.stageDeadline() : now;
		Instant to = overdue ? now : summary.stageDeadline();
		Duration left = (summary.priority() == Priority.URGENT) ? Duration.between(from, to)
				: this.calendar.workingTimeBetween(from, to);
		return new DeskRow.Countdown(left, overdue, summary.overdueLevel());
	}

	/** The community and grid of a place, e.g. 桔蔷社区第3网格. */
	String placeName(String orgCode) {
		if (orgCode.length() <= OrgLevel.COMMUNITY.codeLength()) {
			return this.orgUnits.nameOf(orgCode);
		}
		String community = this.orgUnits.nameOf(orgCode.substring(0, OrgLevel.COMMUNITY.codeLength()));
		String grid = this.orgUnits.nameOf(orgCode);
		return grid.startsWith(community) ? grid : community + " · " + grid;
	}

	private HandlingUnits.Unit suggested(CaseSummary summary) {
		return this.categories.find(summary.categoryCode())
			.flatMap((category) -> this.units.suggested(category, summary.orgCode()))
			.map((code) -> new HandlingUnits.Unit(code, this.units.name(code)))
			.orElse(null);
	}

	/** Whether the category of a case is the community's own business. */
	boolean communityLevel(CaseSummary summary) {
		return this.categories.find(summary.categoryCode()).map(CaseCategory::isCommunityLevel).orElse(false);
	}

	/**
	 * Rows of a queue.
	 *
	 * @param rows the first {@link #QUEUE_LIMIT} cases
	 * @param more whether there are more
	 */
	record Queue(List<DeskRow> rows, boolean more) {

		public int size() {
			return this.rows.size();
		}

	}

}
