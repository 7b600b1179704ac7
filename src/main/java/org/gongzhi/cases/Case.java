package org.gongzhi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.gongzhi.calendar.WorkingCalendar;

/**
 * A case (事件/部件问题) and its transitions through the closed loop. Each transition method
 * assumes {@link CaseWorkflow} and {@link CasePolicy} allowed it, changes the case and
 * its stage clocks, and returns the timeline entries (with their events) it causes.
 * Fields mirror the {@code cases} row.
 */
final class Case {

	Long id;

	String number;

	CaseState state;

	CaseCategory category;

	Priority priority;

	String channel;

	String orgCode;

	String districtCode;

	double lat;

	double lng;

	String address;

	String description;

	String answers;

	Long reporterUserId;

	boolean selfHandled;

	/** The reporter lets it be shown in public (if its category is public). */
	boolean publicShown = true;

	String unitCode;

	Long handledBy;

	Boolean solved;

	boolean verified;

	Rating rating;

	int reworkCount;

	int returnCount;

	int reopenCount;

	Long mergedIntoId;

	Instant reportedAt;

	Instant acceptedAt;

	Instant dispatchedAt;

	Instant handledAt;

	Instant verifiedAt;

	Instant closedAt;

	Instant evaluatedAt;

	int version;

	/** The deadlines of its stages and the clock of the running one. */
	final CaseClock clock = new CaseClock();

	/** The latest 吹哨 of the case, {@code null} if never escalated. */
	Escalation escalation;

	/** The extension request waiting for a decision, if any. */
	Extension pendingExtension;

	CaseFacts facts() {
		return new CaseFacts((this.id != null) ? this.id : 0, this.number, this.orgCode, this.category.code(),
				this.unitCode, this.reporterUserId);
	}

	boolean isOpen() {
		return this.state != CaseState.REJECTED && this.state != CaseState.CLOSED && this.state != CaseState.EVALUATED;
	}

	/** Whether an escalation waits for its lead unit to report done. */
	boolean escalationOpen() {
		return this.escalation != null && !this.escalation.leadDone();
	}

	List<Step> report(Moment now) {
		this.state = CaseState.REPORTED;
		this.reportedAt = now.at();
		begin(Stage.ACCEPT, now);
		return List.of(new Step(CaseAction.REPORT, null, CaseState.REPORTED, null, null, null, null,
				(id) -> new CaseReported(id, facts(), now.at(), now.actorId(), this.channel, false)));
	}

	/** A grid worker reports a case handled on the spot; it only needs verification. */
	List<Step> reportSelfHandled(Moment now, String note) {
		this.state = CaseState.HANDLED;
		this.selfHandled = true;
		this.reportedAt = now.at();
		this.handledAt = now.at();
		this.handledBy = now.actorId();
		this.solved = true;
		begin(Stage.VERIFY, now);
		return List.of(
				new Step(CaseAction.REPORT, null, CaseState.REPORTED, null, null, null, null,
						(id) -> new CaseReported(id, facts(), now.at(), now.actorId(), this.channel, true)),
				new Step(CaseAction.SELF_HANDLE, CaseState.REPORTED, CaseState.HANDLED, null, note, null, null,
						(id) -> new CaseHandled(id, facts(), now.at(), now.actorId(), null, true)));
	}

	Step accept(Moment now, Priority newPriority, CaseCategory newCategory, String note) {
		boolean within = complete(Stage.ACCEPT, now.at());
		Map<String, Object> detail = new LinkedHashMap<>();
		if (newCategory != null && !newCategory.code().equals(this.category.code())) {
			detail.put("categoryCode", newCategory.code());
			this.category = newCategory;
		}
		if (newPriority != null && newPriority != this.priority) {
			detail.put("priority", newPriority);
			this.priority = newPriority;
		}
		this.acceptedAt = now.at();
		begin(Stage.DISPATCH, now);
		return move(CaseAction.ACCEPT, CaseState.ACCEPTED, null, note, detail,
				(id) -> new CaseAccepted(id, facts(), now.at(), now.actorId(), within));
	}

	Step reject(Moment now, String reason) {
		complete(Stage.ACCEPT, now.at());
		return move(CaseAction.REJECT, CaseState.REJECTED, null, reason, null,
				(id) -> new CaseRejected(id, facts(), now.at(), now.actorId(), reason));
	}

	/**
	 * This case is a duplicate of {@code original}: it ends here, its reporter follows
	 * on.
	 */
	Step mergeInto(Moment now, Case original, String note) {
		if (this.state == CaseState.REPORTED) {
			complete(Stage.ACCEPT, now.at());
		}
		else {
			clearStage();
		}
		this.mergedIntoId = original.id;
		String reason = (note != null) ? original.number + " " + note : original.number;
		return move(CaseAction.MERGE, CaseState.REJECTED, null, note,
				Map.of("originalId", original.id, "originalNumber", original.number),
				(id) -> new CaseRejected(id, facts(), now.at(), now.actorId(), reason));
	}

	Step dispatch(Moment now, String unit, String note) {
		complete(Stage.DISPATCH, now.at());
		this.unitCode = unit;
		this.dispatchedAt = now.at();
		begin(Stage.HANDLE, now);
		return move(CaseAction.DISPATCH, CaseState.DISPATCHED, unit, note, null,
				(id) -> new CaseDispatched(id, facts(), now.at(), now.actorId(), unit, false));
	}

	/** 退回: the unit gives the case back to the dispatcher. */
	Step giveBack(Moment now, String reason) {
		String unit = this.unitCode;
		this.unitCode = null;
		this.returnCount++;
		begin(Stage.DISPATCH, now);
		return move(CaseAction.RETURN, CaseState.ACCEPTED, unit, reason, null,
				(id) -> new CaseReturned(id, facts(), now.at(), now.actorId(), unit, reason));
	}

	Step start(Moment now, String note) {
		return move(CaseAction.START, CaseState.IN_PROGRESS, this.unitCode, note, null, null);
	}

	/** An approved extension moves the handle deadline. */
	void extendHandleDeadline(Instant deadline, WorkingCalendar calendar) {
		this.clock.extendHandle(deadline, this.priority, calendar);
	}

	Step handle(Moment now, boolean solvedIt, String note) {
		boolean within = complete(Stage.HANDLE, now.at());
		this.handledAt = now.at();
		this.handledBy = now.actorId();
		this.solved = solvedIt;
		begin(Stage.VERIFY, now);
		String unit = this.unitCode;
		return move(CaseAction.HANDLE, CaseState.HANDLED, unit, note, Map.of("solved", solvedIt),
				(id) -> new CaseHandled(id, facts(), now.at(), now.actorId(), unit, within));
	}

	/**
	 * 核查. A failed verification is 返工: back to the unit with a new handle deadline (or to
	 * the dispatcher when a grid worker had handled it alone).
	 */
	List<Step> verify(Moment now, boolean passed, String note) {
		complete(Stage.VERIFY, now.at());
		this.verifiedAt = now.at();
		if (passed) {
			this.verified = true;
			return List.of(move(CaseAction.VERIFY, CaseState.HANDLED, this.unitCode, note, Map.of("passed", true),
					(id) -> new CaseVerified(id, facts(), now.at(), now.actorId(), true)));
		}
		Step failed = move(CaseAction.VERIFY, CaseState.HANDLED, this.unitCode, note, Map.of("passed", false),
				(id) -> new CaseVerified(id, facts(), now.at(), now.actorId(), false));
		this.reworkCount++;
		this.handledAt = null;
		this.handledBy = null;
		this.solved = null;
		if (this.unitCode == null) {
			begin(Stage.DISPATCH, now);
			return List.of(failed, move(CaseAction.REWORK, CaseState.ACCEPTED, null, null, null, null));
		}
		String unit = this.unitCode;
		this.dispatchedAt = now.at();
		begin(Stage.HANDLE, now);
		return List.of(failed, move(CaseAction.REWORK, CaseState.DISPATCHED, unit, null, null,
				(id) -> new CaseDispatched(id, facts(), now.at(), now.actorId(), unit, true)));
	}

	Step close(Moment now, Boolean solvedIt, String note) {
		if (solvedIt != null) {
			this.solved = solvedIt;
		}
		boolean closedSolved = !Boolean.FALSE.equals(this.solved);
		this.solved = closedSolved;
		this.closedAt = now.at();
		clearStage();
		boolean onTime = !this.clock.late;
		Duration elapsed = Duration.between(this.reportedAt, now.at());
		return move(CaseAction.CLOSE, CaseState.CLOSED, this.unitCode, note, Map.of("solved", closedSolved),
				(id) -> new CaseClosed(id, facts(), now.at(), now.actorId(), onTime, closedSolved, elapsed));
	}

	Step evaluate(Moment now, Rating given, String note) {
		this.rating = given;
		this.evaluatedAt = now.at();
		return move(CaseAction.EVALUATE, CaseState.EVALUATED, null, note, Map.of("rating", given),
				(id) -> new CaseEvaluated(id, facts(), now.at(), now.actorId(), given));
	}

	/**
	 * 重办 after 不满意: back to the unit that handled it, or to dispatch if there is none.
	 */
	Step reopen(Moment now, String note) {
		this.reopenCount++;
		this.verified = false;
		this.verifiedAt = null;
		this.handledAt = null;
		this.handledBy = null;
		this.solved = null;
		this.closedAt = null;
		CaseState target;
		if (this.unitCode != null) {
			this.dispatchedAt = now.at();
			begin(Stage.HANDLE, now);
			target = CaseState.DISPATCHED;
		}
		else {
			begin(Stage.DISPATCH, now);
			target = CaseState.ACCEPTED;
		}
		return move(CaseAction.REOPEN, target, this.unitCode, note, null,
				(id) -> new CaseReopened(id, facts(), now.at(), now.actorId()));
	}

	/**
	 * 吹哨: the lead unit becomes the handling unit; an accepted case is dispatched to it.
	 */
	Step escalate(Moment now, List<String> units, String lead, String reason) {
		CaseState target = this.state;
		if (this.state == CaseState.ACCEPTED) {
			complete(Stage.DISPATCH, now.at());
			this.dispatchedAt = now.at();
			begin(Stage.HANDLE, now);
			target = CaseState.DISPATCHED;
		}
		this.unitCode = lead;
		return move(CaseAction.ESCALATE, target, lead, reason, Map.of("units", units, "leadUnitCode", lead),
				(id) -> new CaseEscalated(id, facts(), now.at(), now.actorId(), units, lead, reason));
	}

	/** A step that leaves the state as it is, e.g. 督办 or 报到. */
	Step record(CaseAction action, String unit, String note, Map<String, Object> detail,
			LongFunction<CaseEvent> event) {
		return new Step(action, this.state, this.state, unit, note, detail, null, event);
	}

	private Step move(CaseAction action, CaseState to, String unit, String note, Map<String, Object> detail,
			LongFunction<CaseEvent> event) {
		CaseState from = this.state;
		this.state = to;
		return new Step(action, from, to, unit, note, detail, null, event);
	}

	private void begin(Stage next, Moment now) {
		this.clock.begin(next, this.category.sla().limit(next, this.priority), this.priority, now.at(), now.calendar());
	}

	private boolean complete(Stage finished, Instant at) {
		return this.clock.complete(finished, at);
	}

	private void clearStage() {
		this.clock.clear();
	}

}
