package org.gongzhi.evaluation;

/**
 * The counters of a group, as defined in {@link IndicatorDefinitions}: flows counted on
 * the day of their event, and 应结案 (shouldClose…) counted on the report day of their case.
 *
 * @param reported 上报
 * @param selfHandled reported as already handled by a grid worker
 * @param accepted 立案
 * @param acceptedWithinLimit 立案 within the accept time limit
 * @param rejected 不予立案
 * @param dispatched 派遣 (again after returns and rework too)
 * @param returned 退回, for the unit that returned the case
 * @param handled 处置完毕
 * @param handledWithinLimit 处置完毕 within the handle time limit
 * @param verified 核查
 * @param rework 核查不通过 (返工), for the unit whose handling failed
 * @param closed 结案
 * @param closedOnTime 结案 without a stage past its deadline
 * @param closedSolved 结案 as solved
 * @param closureSecondsSum clock time from report to closure, summed over the closures
 * @param rated 评价
 * @param satisfied rated 满意 or 基本满意
 * @param dissatisfied rated 不满意
 * @param reopened 重办
 * @param overdueYellow 黄牌
 * @param overdueRed 红牌
 * @param escalated 吹哨
 * @param supervised 督办
 * @param shouldClose 应结案数: cases reported in the period and not rejected
 * @param shouldCloseClosed of those, closed now
 * @param shouldCloseOnTime of those, closed now and on time
 */
public record IndicatorCounters(long reported, long selfHandled, long accepted, long acceptedWithinLimit, long rejected,
		long dispatched, long returned, long handled, long handledWithinLimit, long verified, long rework, long closed,
		long closedOnTime, long closedSolved, long closureSecondsSum, long rated, long satisfied, long dissatisfied,
		long reopened, long overdueYellow, long overdueRed, long escalated, long supervised, long shouldClose,
		long shouldCloseClosed, long shouldCloseOnTime) {

	/** The values in {@link Counter} order. */
	long[] toArray() {
		return new long[] { this.reported, this.selfHandled, this.accepted, this.acceptedWithinLimit, this.rejected,
				this.dispatched, this.returned, this.handled, this.handledWithinLimit, this.verified, this.rework,
				this.closed, this.closedOnTime, this.closedSolved, this.closureSecondsSum, this.rated, this.satisfied,
				this.dissatisfied, this.reopened, this.overdueYellow, this.overdueRed, this.escalated, this.supervised,
				this.shouldClose, this.shouldCloseClosed, this.shouldCloseOnTime };
	}

	/** The counters from values in {@link Counter} order. */
	static IndicatorCounters of(long[] v) {
		return new IndicatorCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
				v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22], v[23], v[24], v[25]);
	}

}
