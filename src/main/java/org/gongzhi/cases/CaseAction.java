package org.gongzhi.cases;

import java.util.EnumSet;
import java.util.Set;

import static org.gongzhi.cases.CaseState.ACCEPTED;
import static org.gongzhi.cases.CaseState.CLOSED;
import static org.gongzhi.cases.CaseState.DISPATCHED;
import static org.gongzhi.cases.CaseState.EVALUATED;
import static org.gongzhi.cases.CaseState.HANDLED;
import static org.gongzhi.cases.CaseState.IN_PROGRESS;
import static org.gongzhi.cases.CaseState.REPORTED;

/**
 * What can happen to a case, each with the states it may happen in: the transition table
 * of DOMAIN.md §3. Actions with a path are asked for through the API ({@code POST
 * /api/cases/{id}/<path>}); the others are only recorded on the timeline. Conditions
 * beyond the state are in {@link CaseWorkflow}, who may act in {@link CasePolicy}.
 */
enum CaseAction {

	/** 上报 */
	REPORT(null),
	/** 网格员自处置: reported as already handled on the spot */
	SELF_HANDLE(null),
	/** 立案 */
	ACCEPT("accept", REPORTED),
	/** 不予立案 */
	REJECT("reject", REPORTED),
	/** 合并: a duplicate joins its original (and is closed as rejected) */
	MERGE("merge", REPORTED, ACCEPTED),
	/** a duplicate joined this case */
	MERGED_IN(null),
	/** 派遣 */
	DISPATCH("dispatch", ACCEPTED),
	/** 退回: only within 2 working hours of the dispatch */
	RETURN("return", DISPATCHED),
	/** 签收/开始处置 */
	START("start", DISPATCHED),
	/** 申请延期 */
	EXTEND("extend", DISPATCHED, IN_PROGRESS),
	/** 延期审批 */
	DECIDE_EXTENSION("extension-decision", DISPATCHED, IN_PROGRESS),
	/** 处置完毕 */
	HANDLE("handle", IN_PROGRESS),
	/** 核查 */
	VERIFY("verify", HANDLED),
	/** 返工: sent back after a failed verification */
	REWORK(null),
	/** 结案 */
	CLOSE("close", HANDLED),
	/** 评价 */
	EVALUATE("evaluate", CLOSED),
	/** 重办 after 不满意 */
	REOPEN("reopen", EVALUATED),
	/** 督办 */
	SUPERVISE("supervise", REPORTED, ACCEPTED, DISPATCHED, IN_PROGRESS, HANDLED),
	/** 督办回复 */
	REPLY("supervisions/{supervisionId}/reply", REPORTED, ACCEPTED, DISPATCHED, IN_PROGRESS, HANDLED),
	/** 吹哨 */
	ESCALATE("escalate", ACCEPTED, DISPATCHED, IN_PROGRESS),
	/** 报到 of a summoned unit */
	REPORT_IN("escalation/report-in", DISPATCHED, IN_PROGRESS),
	/** a summoned unit reports its part done */
	REPORT_DONE("escalation/done", DISPATCHED, IN_PROGRESS),
	/** 黄牌/红牌: a stage used 80 % of its time, or ran out (found by the SLA watch) */
	OVERDUE(null),
	/** a user started following the case */
	FOLLOW("follow", REPORTED, ACCEPTED, DISPATCHED, IN_PROGRESS, HANDLED);

	private final String path;

	private final Set<CaseState> from;

	CaseAction(String path, CaseState... from) {
		this.path = path;
		this.from = (from.length == 0) ? EnumSet.noneOf(CaseState.class) : EnumSet.of(from[0], from);
	}

	/** The last part of the action's URL, {@code null} for actions only recorded. */
	String path() {
		return this.path;
	}

	/** Whether the action may be asked for in this state (other conditions aside). */
	boolean startsFrom(CaseState state) {
		return this.from.contains(state);
	}

}
