package org.gongzhi.evaluation;

import java.time.LocalDate;
import java.util.Set;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseDispatched;
import org.gongzhi.cases.CaseEscalated;
import org.gongzhi.cases.CaseEvaluated;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseHandled;
import org.gongzhi.cases.CaseOverdue;
import org.gongzhi.cases.CaseRejected;
import org.gongzhi.cases.CaseReopened;
import org.gongzhi.cases.CaseReported;
import org.gongzhi.cases.CaseReturned;
import org.gongzhi.cases.CaseSupervised;
import org.gongzhi.cases.CaseVerified;
import org.gongzhi.cases.OverdueLevel;

/**
 * The counters one case event adds on the day it happened (see
 * {@link IndicatorDefinitions}): the flows, as opposed to the per-case standing kept by
 * {@link CaseStanding}.
 */
final class EventFlows {

	/** Intake channels whose reporter is a member of the public, not a worker. */
	private static final Set<String> PUBLIC_CHANNELS = Set.of("RESIDENT", "OPEN311");

	private EventFlows() {
	}

	static void add(CaseEvent event, RollupChanges changes) {
		RollupKey key = key(event);
		if (event instanceof CaseReported reported) {
			changes.add(key, Counter.REPORTED, 1);
			changes.add(key, Counter.SELF_HANDLED, reported.selfHandled() ? 1 : 0);
		}
		else if (event instanceof CaseAccepted accepted) {
			changes.add(key, Counter.ACCEPTED, 1);
			changes.add(key, Counter.ACCEPTED_WITHIN_LIMIT, accepted.withinLimit() ? 1 : 0);
		}
		else if (event instanceof CaseRejected) {
			changes.add(key, Counter.REJECTED, 1);
		}
		else if (event instanceof CaseDispatched) {
			changes.add(key, Counter.DISPATCHED, 1);
		}
		else if (event instanceof CaseReturned) {
			changes.add(key, Counter.RETURNED, 1);
		}
		else if (event instanceof CaseHandled handled) {
			changes.add(key, Counter.HANDLED, 1);
			changes.add(key, Counter.HANDLED_WITHIN_LIMIT, handled.withinLimit() ? 1 : 0);
		}
		else if (event instanceof CaseVerified verified) {
			changes.add(key, Counter.VERIFIED, 1);
			changes.add(key, Counter.REWORK, verified.passed() ? 0 : 1);
		}
		else if (event instanceof CaseClosed closed) {
			changes.add(key, Counter.CLOSED, 1);
			changes.add(key, Counter.CLOSED_ON_TIME, closed.onTime() ? 1 : 0);
			changes.add(key, Counter.CLOSED_SOLVED, closed.solved() ? 1 : 0);
			changes.add(key, Counter.CLOSURE_SECONDS_SUM, Math.max(0, closed.elapsed().toSeconds()));
			changes.addClosure(key, ClosureBuckets.bucketOf(closed.elapsed()));
		}
		else if (event instanceof CaseEvaluated evaluated) {
			changes.add(key, Counter.RATED, 1);
			changes.add(key, evaluated.rating().isSatisfied() ? Counter.SATISFIED : Counter.DISSATISFIED, 1);
		}
		else if (event instanceof CaseReopened) {
			changes.add(key, Counter.REOPENED, 1);
		}
		else if (event instanceof CaseOverdue overdue) {
			changes.add(key, (overdue.level() == OverdueLevel.RED) ? Counter.OVERDUE_RED : Counter.OVERDUE_YELLOW, 1);
		}
		else if (event instanceof CaseEscalated) {
			changes.add(key, Counter.ESCALATED, 1);
		}
		else if (event instanceof CaseSupervised) {
			changes.add(key, Counter.SUPERVISED, 1);
		}
	}

	/** The row an event counts in. */
	static RollupKey key(CaseEvent event) {
		LocalDate day = LocalDate.ofInstant(event.at(), IndicatorDefinitions.ZONE);
		return new RollupKey(day, event.facts().orgCode(), unitOf(event), event.facts().categoryCode(),
				workerOf(event));
	}

	/**
	 * The unit the event is about: the unit named by the event itself (a returned case no
	 * longer has the unit that returned it), else the case's unit.
	 */
	static String unitOf(CaseEvent event) {
		if (event instanceof CaseDispatched dispatched) {
			return dispatched.unitCode();
		}
		if (event instanceof CaseReturned returned) {
			return returned.unitCode();
		}
		if (event instanceof CaseHandled handled) {
			return handled.unitCode();
		}
		return event.facts().unitCode();
	}

	/**
	 * The worker an event counts for: whoever acted, except residents (their reports and
	 * ratings are not a worker's doing, and rollups keep no residents' ids).
	 */
	static long workerOf(CaseEvent event) {
		if (event.actorUserId() == null || event instanceof CaseEvaluated
				|| (event instanceof CaseReported reported && PUBLIC_CHANNELS.contains(reported.channel()))) {
			return 0;
		}
		return event.actorUserId();
	}

}
