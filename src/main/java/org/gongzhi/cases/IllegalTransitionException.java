package org.gongzhi.cases;

import java.util.List;

import org.gongzhi.shared.problem.ConflictException;

/**
 * An action that is not legal for the case now: a 409 problem whose body lists the
 * actions that are ({@code allowedActions}, as the last part of their URLs) and the
 * case's state.
 */
class IllegalTransitionException extends ConflictException {

	IllegalTransitionException(String messageKey, CaseAction action, CaseState state, List<String> allowedActions) {
		super(messageKey, CaseWorkflow.label(action), CaseWorkflow.label(state));
		withProperty("state", state.name());
		withProperty("allowedActions", allowedActions);
	}

}
