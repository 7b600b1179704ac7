package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.stereotype.Service;

/**
 * The actions of the workbench queues, on one case or several at once (批量立案, 批量派遣). Each
 * case is its own transaction: one that someone else changed meanwhile fails alone and is
 * reported by its number, the others go through.
 */
@Service
class DeskActions {

	/** The actions a queue offers on its rows. */
	enum QueueAction {

		ACCEPT, DISPATCH, START

	}

	private final CaseWork work;

	private final CaseTransitions transitions;

	DeskActions(CaseWork work, CaseTransitions transitions) {
		this.work = work;
		this.transitions = transitions;
	}

	/**
	 * Takes the action on each case.
	 * @param versions the version of each case as the caller saw it ({@code null} entries
	 * act on whatever the case is now)
	 * @param units the unit each case goes to on {@code DISPATCH} ({@code null} entries:
	 * the suggested unit)
	 */
	Outcome run(QueueAction action, List<Long> ids, LongFunction<Integer> versions, LongFunction<String> units,
			Actor actor) {
		List<String> done = new ArrayList<>();
		List<Failure> failures = new ArrayList<>();
		for (long id : ids) {
			try {
				Case acted = switch (action) {
					case ACCEPT ->
						this.work.accept(id, actor, new CaseForms.Accept(null, null, null, versions.apply(id)));
					case DISPATCH -> this.work.dispatch(id, actor,
							new CaseForms.Dispatch(units.apply(id), null, versions.apply(id)));
					case START -> this.work.start(id, actor, new CaseForms.Note(null, null, versions.apply(id)));
				};
				done.add(acted.number);
			}
			catch (GongzhiException ex) {
				failures.add(new Failure(number(id, actor), ex.messageKey(), ex.arguments()));
			}
		}
		return new Outcome(action, List.copyOf(done), List.copyOf(failures));
	}

	private String number(long id, Actor actor) {
		try {
			return this.transitions.load(id, actor).number;
		}
		catch (GongzhiException ex) {
			return "#" + id;
		}
	}

	/**
	 * What became of a queue action.
	 *
	 * @param action the action
	 * @param done numbers of the cases it was taken on
	 * @param failures the cases it failed on, with why
	 */
	record Outcome(QueueAction action, List<String> done, List<Failure> failures) {
	}

	/** A case an action failed on: its number and the message saying why. */
	record Failure(String number, String messageKey, Object[] arguments) {
	}

}
