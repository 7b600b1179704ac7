package org.gongzhi.evaluation;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicators of the case closed loop over REST. */
@RestController
@RequestMapping("/api/indicators")
@Tag(name = "evaluation", description = "Indicators of the case closed loop (三率, 结案率 …)")
class IndicatorsApi {

	static final String DEFINITIONS = """
			Counters and ratios per group, from rollup tables kept current by case events (definitions version 1).
			Flows count on the Beijing-time day of their event: reported, accepted(WithinLimit), rejected, dispatched,
			returned (for the unit that returned), handled(WithinLimit), verified, rework (failed verifications, for
			the unit whose handling failed), closed(OnTime, Solved), closureSecondsSum, rated, satisfied (满意+基本满意),
			dissatisfied, reopened, overdueYellow/Red, escalated, supervised.
			应结案数 shouldClose = cases reported in the period (at their current place, unit and category) that
			were not rejected (不予立案); shouldCloseClosed = those closed now; shouldCloseOnTime = those whose last
			closure was on time.
			响应率 responseRate = acceptedWithinLimit / reported; 结案率 closureRate = shouldCloseClosed / shouldClose;
			按期结案率 onTimeClosureRate = shouldCloseOnTime / shouldClose; 按期处置率 onTimeHandlingRate =
			handledWithinLimit / handled; 返工率 reworkRate = rework / handled; 退回率 returnRate = returned /
			dispatched; 解决率 solvedRate = closedSolved / closed; 满意率 satisfactionRate = satisfied / rated;
			averageClosureHours = closureSecondsSum / closed / 3600; p90ClosureHours = nearest-rank 90th percentile
			of the period's closure times, estimated within 5 % from log-scale buckets. A ratio is null when its
			denominator is 0. states = cases in each state now (not of the period), for groupings by place, unit,
			category or none. An org unit outside the caller's scope answers 404; department staff see their
			department's cases only.""";

	private final Indicators indicators;

	IndicatorsApi(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('LEADER', 'DISPATCHER', 'COMMUNITY_WORKER', 'GRID_WORKER', 'DEPARTMENT', 'PARTY_SECRETARY')")
	@Operation(summary = "Indicators of an org unit over a period, grouped", description = DEFINITIONS)
	IndicatorReport indicators(
			@Parameter(description = "org unit code (default: the caller's scope)") @RequestParam(
					required = false) String org,
			@Parameter(description = "handling unit code, its subtree included") @RequestParam(
					required = false) String unit,
			@Parameter(description = "category code prefix") @RequestParam(required = false) String category,
			@Parameter(description = "first day, Beijing time (default: the first of this month)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, inclusive (default: today)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(
					description = "none|grid|community|street|district|unit|worker|category|day|week|month") @RequestParam(
							required = false) String groupBy) {
		return this.indicators.report(new IndicatorQuery(org, unit, category, from, to, GroupBy.parse(groupBy)));
	}

}
