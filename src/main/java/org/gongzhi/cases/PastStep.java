package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;

/**
 * One transition of a past case (see {@link CaseBackfill}), made by {@code actor} at
 * {@code at}. Build them with the factory methods.
 *
 * @param kind the transition
 * @param at when it happened
 * @param actor who made it
 * @param unitCode the unit dispatched to (dispatch; {@code null} for the suggested one),
 * the lead unit (escalate), the summoned unit answering (report in, done)
 * @param flag whether it was solved (handle) or passed (verify)
 * @param rating the rating (evaluate)
 * @param units every summoned unit (escalate)
 * @param note note or reason
 */
public record PastStep(Kind kind, Instant at, PastActor actor, String unitCode, boolean flag, Rating rating,
		List<String> units, String note) {

	public PastStep {
		units = (units != null) ? List.copyOf(units) : List.of();
	}

	/** The transitions a past case may go through. */
	public enum Kind {

		ACCEPT(CaseAction.ACCEPT), REJECT(CaseAction.REJECT), DISPATCH(CaseAction.DISPATCH), RETURN(CaseAction.RETURN),
		START(CaseAction.START), HANDLE(CaseAction.HANDLE), VERIFY(CaseAction.VERIFY), CLOSE(CaseAction.CLOSE),
		EVALUATE(CaseAction.EVALUATE), REOPEN(CaseAction.REOPEN), ESCALATE(CaseAction.ESCALATE),
		REPORT_IN(CaseAction.REPORT_IN), REPORT_DONE(CaseAction.REPORT_DONE);

		private final CaseAction action;

		Kind(CaseAction action) {
			this.action = action;
		}

		CaseAction action() {
			return this.action;
		}

	}

	public static PastStep accept(Instant at, PastActor actor) {
		return new PastStep(Kind.ACCEPT, at, actor, null, false, null, null, null);
	}

	public static PastStep reject(Instant at, PastActor actor, String reason) {
		return new PastStep(Kind.REJECT, at, actor, null, false, null, null, reason);
	}

	/**
	 * 派遣 to {@code unitCode}, or to the category's suggested unit if it is {@code null}.
	 */
	public static PastStep dispatch(Instant at, PastActor actor, String unitCode) {
		return new PastStep(Kind.DISPATCH, at, actor, unitCode, false, null, null, null);
	}

	public static PastStep giveBack(Instant at, PastActor actor, String reason) {
		return new PastStep(Kind.RETURN, at, actor, null, false, null, null, reason);
	}

	public static PastStep start(Instant at, PastActor actor) {
		return new PastStep(Kind.START, at, actor, null, false, null, null, null);
	}

	public static PastStep handle(Instant at, PastActor actor, boolean solved, String note) {
		return new PastStep(Kind.HANDLE, at, actor, null, solved, null, null, note);
	}

	public static PastStep verify(Instant at, PastActor actor, boolean passed, String note) {
		return new PastStep(Kind.VERIFY, at, actor, null, passed, null, null, note);
	}

	public static PastStep close(Instant at, PastActor actor) {
		return new PastStep(Kind.CLOSE, at, actor, null, false, null, null, null);
	}

	public static PastStep evaluate(Instant at, PastActor actor, Rating rating, String note) {
		return new PastStep(Kind.EVALUATE, at, actor, null, false, rating, null, note);
	}

	public static PastStep reopen(Instant at, PastActor actor, String note) {
		return new PastStep(Kind.REOPEN, at, actor, null, false, null, null, note);
	}

	/** 吹哨: {@code units} summoned (the lead among them), {@code lead} leading. */
	public static PastStep escalate(Instant at, PastActor actor, String lead, List<String> units, String reason) {
		return new PastStep(Kind.ESCALATE, at, actor, lead, false, null, units, reason);
	}

	public static PastStep reportIn(Instant at, PastActor actor, String unitCode) {
		return new PastStep(Kind.REPORT_IN, at, actor, unitCode, false, null, null, null);
	}

	public static PastStep reportDone(Instant at, PastActor actor, String unitCode, String note) {
		return new PastStep(Kind.REPORT_DONE, at, actor, unitCode, false, null, null, note);
	}

}
