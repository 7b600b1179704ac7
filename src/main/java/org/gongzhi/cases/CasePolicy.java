package org.gongzhi.cases;

import java.util.Optional;

import org.gongzhi.identity.Role;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.http.HttpStatus;

/**
 * Who may take an action on a case they can see: roles of DOMAIN.md §2, the case's place
 * in their scope, the handling unit they work for. Refusals are 403 problems with the
 * reason.
 */
final class CasePolicy {

	private CasePolicy() {
	}

	/** The message key saying why the actor may not act, or empty if they may. */
	static Optional<String> refusal(CaseAction action, Case subject, Actor actor) {
		boolean dispatcher = actor.has(Role.DISPATCHER) && actor.scope().covers(subject.orgCode);
		boolean communityLevel = actor.has(Role.COMMUNITY_WORKER) && actor.scope().covers(subject.orgCode)
				&& subject.category.isCommunityLevel();
		String refusal = switch (action) {
			case ACCEPT, REJECT, MERGE, DISPATCH, ESCALATE ->
				(dispatcher || communityLevel) ? null : "cases.policy.desk";
			case RETURN, START, EXTEND, HANDLE -> actor.actsFor(subject.unitCode) ? null : "cases.policy.unit";
			case DECIDE_EXTENSION, CLOSE, REOPEN -> dispatcher ? null : "cases.policy.dispatcher";
			case VERIFY -> verifyRefusal(subject, actor);
			case EVALUATE -> (subject.reporterUserId != null && subject.reporterUserId == actor.userId()) ? null
					: "cases.policy.reporter";
			case SUPERVISE ->
				((actor.has(Role.LEADER) || actor.has(Role.DISPATCHER)) && actor.scope().covers(subject.orgCode)) ? null
						: "cases.policy.supervisor";
			case REPLY -> replyRefusal(subject, actor, dispatcher);
			case REPORT_IN,
					REPORT_DONE ->
				(subject.escalation != null
						&& subject.escalation.units().stream().anyMatch((unit) -> actor.actsFor(unit.unitCode())))
								? null : "cases.policy.summoned";
			case FOLLOW ->
				(actor.has(Role.RESIDENT) && subject.category.publicVisible()) ? null : "cases.policy.follow";
			default -> "cases.policy.desk";
		};
		return Optional.ofNullable(refusal);
	}

	static boolean permits(CaseAction action, Case subject, Actor actor) {
		return refusal(action, subject, actor).isEmpty();
	}

	static void require(CaseAction action, Case subject, Actor actor) {
		refusal(action, subject, actor).ifPresent((key) -> {
			throw new GongzhiException(HttpStatus.FORBIDDEN, "forbidden", key, CaseWorkflow.label(action));
		});
	}

	private static String verifyRefusal(Case subject, Actor actor) {
		if (!(actor.hasAny(Role.GRID_WORKER, Role.DISPATCHER) && actor.scope().covers(subject.orgCode))) {
			return "cases.policy.verifier";
		}
		boolean handledItThemselves = subject.handledBy != null && subject.handledBy == actor.userId();
		return handledItThemselves ? "cases.policy.verify-by-another" : null;
	}

	private static String replyRefusal(Case subject, Actor actor, boolean dispatcher) {
		if (subject.unitCode != null) {
			return actor.actsFor(subject.unitCode) ? null : "cases.policy.unit";
		}
		boolean desk = dispatcher || (actor.has(Role.COMMUNITY_WORKER) && actor.scope().covers(subject.orgCode));
		return desk ? null : "cases.policy.dispatcher";
	}

}
