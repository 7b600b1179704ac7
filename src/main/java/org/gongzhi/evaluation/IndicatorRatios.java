package org.gongzhi.evaluation;

/**
 * The indicators of a group (DOMAIN.md §3), each {@code null} when its denominator is 0;
 * rates are fractions between 0 and 1. Definitions: {@link IndicatorDefinitions}.
 *
 * @param responseRate 响应率 = acceptedWithinLimit / reported
 * @param closureRate 结案率 = shouldCloseClosed / shouldClose
 * @param onTimeClosureRate 按期结案率 = shouldCloseOnTime / shouldClose
 * @param onTimeHandlingRate 按期处置率 = handledWithinLimit / handled
 * @param reworkRate 返工率 = rework / handled
 * @param returnRate 退回率 = returned / dispatched
 * @param solvedRate 解决率 = closedSolved / closed
 * @param satisfactionRate 满意率 = satisfied / rated
 * @param averageClosureHours closureSecondsSum / closed, in hours
 * @param p90ClosureHours the 90th percentile of closure times, in hours (within 5 %)
 */
public record IndicatorRatios(Double responseRate, Double closureRate, Double onTimeClosureRate,
		Double onTimeHandlingRate, Double reworkRate, Double returnRate, Double solvedRate, Double satisfactionRate,
		Double averageClosureHours, Double p90ClosureHours) {

	static IndicatorRatios of(IndicatorCounters c, long[] closureBuckets) {
		Double averageSeconds = ratio(c.closureSecondsSum(), c.closed());
		Double p90Seconds = ClosureBuckets.percentileSeconds(closureBuckets, 90);
		return new IndicatorRatios(ratio(c.acceptedWithinLimit(), c.reported()),
				ratio(c.shouldCloseClosed(), c.shouldClose()), ratio(c.shouldCloseOnTime(), c.shouldClose()),
				ratio(c.handledWithinLimit(), c.handled()), ratio(c.rework(), c.handled()),
				ratio(c.returned(), c.dispatched()), ratio(c.closedSolved(), c.closed()),
				ratio(c.satisfied(), c.rated()), hours(averageSeconds), hours(p90Seconds));
	}

	private static Double ratio(long numerator, long denominator) {
		return (denominator == 0) ? null : (double) numerator / denominator;
	}

	private static Double hours(Double seconds) {
		return (seconds != null) ? seconds / 3600 : null;
	}

}
