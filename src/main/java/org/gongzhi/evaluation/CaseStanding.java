package org.gongzhi.evaluation;

import java.time.LocalDate;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseClosed;
import org.gongzhi.cases.CaseDispatched;
import org.gongzhi.cases.CaseEscalated;
import org.gongzhi.cases.CaseEvaluated;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseHandled;
import org.gongzhi.cases.CaseRejected;
import org.gongzhi.cases.CaseReopened;
import org.gongzhi.cases.CaseReported;
import org.gongzhi.cases.CaseReturned;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseVerified;

/**
 * What the rollups hold about one case: its report day, where it is now (place, unit,
 * category, state) and whether it is rejected or closed. Its contributions (a state
 * count, and 应结案/已结案/按期 on its report day) are taken back and added anew on every event.
 * Events may be processed in any order: the latest event by id decides the place and the
 * state (only 吹哨 depends on the state before it: it dispatches an accepted case), the
 * latest closure or reopening decides whether it is closed, and the report day is the
 * report event's (until it arrives, the earliest day the other events imply).
 *
 * @param caseId the case
 * @param reportDay the Asia/Shanghai day it was reported
 * @param reportSeen whether the report event itself was processed
 * @param orgCode current org unit
 * @param unitCode current handling unit, {@code ""} for none
 * @param categoryCode current category
 * @param factsEventId id of the event that gave the place, unit and category
 * @param state current state, {@code null} until an event that sets one
 * @param stateEventId id of the event that set the state
 * @param rejected whether it was rejected (不予立案)
 * @param closed whether it is closed (and not reopened since)
 * @param closedOnTime whether its last closure was on time
 * @param closeEventId id of the last closure or reopening
 */
record CaseStanding(long caseId, LocalDate reportDay, boolean reportSeen, String orgCode, String unitCode,
		String categoryCode, long factsEventId, CaseState state, long stateEventId, boolean rejected, boolean closed,
		boolean closedOnTime, long closeEventId) {

	private static final long NO_EVENT = Long.MIN_VALUE;

	/** The standing of a case whose first processed event this is. */
	static CaseStanding first(CaseEvent event) {
		CaseStanding unknown = new CaseStanding(event.facts().caseId(), LocalDate.MAX, false, "", "", "", NO_EVENT,
				null, NO_EVENT, false, false, false, NO_EVENT);
		return unknown.apply(event);
	}

	/** The standing after one more event. */
	CaseStanding apply(CaseEvent event) {
		long id = event.eventId();
		LocalDate day = this.reportDay;
		boolean seen = this.reportSeen;
		if (event instanceof CaseReported) {
			day = dayOf(event);
			seen = true;
		}
		else if (!seen && impliedReportDay(event).isBefore(day)) {
			day = impliedReportDay(event);
		}
		boolean newerFacts = id > this.factsEventId;
		String org = newerFacts ? event.facts().orgCode() : this.orgCode;
		String unit = newerFacts ? orNone(event.facts().unitCode()) : this.unitCode;
		String category = newerFacts ? orNone(event.facts().categoryCode()) : this.categoryCode;
		CaseState next = stateAfter(event, this.state);
		boolean newerState = next != null && id > this.stateEventId;
		boolean closing = (event instanceof CaseClosed || event instanceof CaseReopened) && id > this.closeEventId;
		return new CaseStanding(this.caseId, day, seen, org, unit, category, Math.max(id, this.factsEventId),
				newerState ? next : this.state, newerState ? id : this.stateEventId,
				this.rejected || event instanceof CaseRejected, closing ? event instanceof CaseClosed : this.closed,
				closing ? (event instanceof CaseClosed closed && closed.onTime()) : this.closedOnTime,
				closing ? id : this.closeEventId);
	}

	/**
	 * Adds ({@code sign} 1) or takes back ({@code sign} -1) what this standing counts.
	 */
	void contribute(RollupChanges changes, int sign) {
		RollupKey key = new RollupKey(this.reportDay, this.orgCode, this.unitCode, this.categoryCode, 0);
		boolean due = !this.rejected;
		changes.add(key, Counter.SHOULD_CLOSE, due ? sign : 0);
		changes.add(key, Counter.SHOULD_CLOSE_CLOSED, (due && this.closed) ? sign : 0);
		changes.add(key, Counter.SHOULD_CLOSE_ON_TIME, (due && this.closed && this.closedOnTime) ? sign : 0);
		if (this.state != null) {
			changes.addState(this.orgCode, this.unitCode, this.categoryCode, this.state, sign);
		}
	}

	/**
	 * The state a case is in after the event, {@code null} for events that do not move
	 * it. A return goes back to the dispatcher (ACCEPTED); a failed verification and a
	 * reopening go back to the case's unit (DISPATCHED), or to the dispatcher when it has
	 * none (a grid worker handled it alone); 吹哨 dispatches an accepted case to the lead
	 * unit. DISPATCHED stands for IN_PROGRESS too: no event marks the start of handling.
	 * @param current the state before, {@code null} if not known yet
	 */
	static CaseState stateAfter(CaseEvent event, CaseState current) {
		if (event instanceof CaseReported reported) {
			return reported.selfHandled() ? CaseState.HANDLED : CaseState.REPORTED;
		}
		if (event instanceof CaseAccepted || event instanceof CaseReturned) {
			return CaseState.ACCEPTED;
		}
		if (event instanceof CaseRejected) {
			return CaseState.REJECTED;
		}
		if (event instanceof CaseDispatched) {
			return CaseState.DISPATCHED;
		}
		if (event instanceof CaseHandled) {
			return CaseState.HANDLED;
		}
		if (event instanceof CaseVerified verified && verified.passed()) {
			return CaseState.HANDLED;
		}
		if (event instanceof CaseVerified || event instanceof CaseReopened) {
			return (event.facts().unitCode() != null) ? CaseState.DISPATCHED : CaseState.ACCEPTED;
		}
		if (event instanceof CaseEscalated) {
			return (current == CaseState.ACCEPTED) ? CaseState.DISPATCHED : null;
		}
		if (event instanceof CaseClosed) {
			return CaseState.CLOSED;
		}
		if (event instanceof CaseEvaluated) {
			return CaseState.EVALUATED;
		}
		return null;
	}

	/** The report is before every event; a closure knows how long ago it was. */
	private static LocalDate impliedReportDay(CaseEvent event) {
		if (event instanceof CaseClosed closed) {
			return LocalDate.ofInstant(closed.at().minus(closed.elapsed()), IndicatorDefinitions.ZONE);
		}
		return dayOf(event);
	}

	private static LocalDate dayOf(CaseEvent event) {
		return LocalDate.ofInstant(event.at(), IndicatorDefinitions.ZONE);
	}

	private static String orNone(String code) {
		return (code != null) ? code : RollupKey.NONE;
	}

}
