package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions of the closed loop: 立案, 派遣, 退回, 处置, 核查, 结案, 评价, 重办, and merging
 * duplicates. Each runs in one transaction through {@link CaseTransitions}.
 */
@Service
@Transactional
class CaseWork {

	private final CaseTransitions transitions;

	private final CategoryCatalog categories;

	private final HandlingUnits units;

	private final CaseFollowers followers;

	CaseWork(CaseTransitions transitions, CategoryCatalog categories, HandlingUnits units, CaseFollowers followers) {
		this.transitions = transitions;
		this.categories = categories;
		this.units = units;
		this.followers = followers;
	}

	Case accept(long id, Actor actor, CaseForms.Accept form) {
		CaseCategory category = (form.categoryCode() != null) ? reportable(form.categoryCode()) : null;
		return this.transitions.act(id, actor, CaseAction.ACCEPT, form.version(),
				(subject, now) -> List.of(subject.accept(now, form.priority(), category, form.note())));
	}

	Case reject(long id, Actor actor, CaseForms.Reason form) {
		return this.transitions.act(id, actor, CaseAction.REJECT, form.version(),
				(subject, now) -> List.of(subject.reject(now, form.reason()).withAttachments(form.attachmentIds())));
	}

	/**
	 * A duplicate joins its original: it ends, and its reporter and followers follow the
	 * original.
	 */
	Case merge(long id, Actor actor, CaseForms.Merge form) {
		if (form.originalId() == id) {
			throw new InvalidInputException("cases.merge.same-case");
		}
		Case original = this.transitions.load(form.originalId(), actor);
		if (!original.isOpen() || original.mergedIntoId != null) {
			throw new InvalidInputException("cases.merge.original-closed", original.number);
		}
		return this.transitions.act(id, actor, CaseAction.MERGE, form.version(), (duplicate, now) -> {
			Step merged = duplicate.mergeInto(now, original, form.note());
			List<Long> joining = new ArrayList<>(this.followers.followersOnly(duplicate.id));
			if (duplicate.reporterUserId != null) {
				joining.add(0, duplicate.reporterUserId);
			}
			joining.stream()
				.filter((user) -> !user.equals(original.reporterUserId))
				.forEach((user) -> this.followers.add(original.id, user, now.at()));
			this.transitions.record(original, List.of(original.record(CaseAction.MERGED_IN, null, form.note(),
					Map.of("duplicateId", duplicate.id, "duplicateNumber", duplicate.number), null)), now);
			return List.of(merged);
		});
	}

	Case dispatch(long id, Actor actor, CaseForms.Dispatch form) {
		return this.transitions.act(id, actor, CaseAction.DISPATCH, form.version(), (subject, now) -> {
			String unit = (form.unitCode() != null && !form.unitCode().isBlank()) ? form.unitCode().strip()
					: this.units.suggested(subject).orElseThrow(() -> new InvalidInputException("cases.unit.required"));
			this.units.requireTarget(unit, subject, actor);
			return List.of(subject.dispatch(now, unit, form.note()));
		});
	}

	/** 退回 by the unit, within 2 working hours of the dispatch. */
	Case giveBack(long id, Actor actor, CaseForms.Reason form) {
		return this.transitions.act(id, actor, CaseAction.RETURN, form.version(),
				(subject, now) -> List.of(subject.giveBack(now, form.reason()).withAttachments(form.attachmentIds())));
	}

	Case start(long id, Actor actor, CaseForms.Note form) {
		return this.transitions.act(id, actor, CaseAction.START, form.version(),
				(subject, now) -> List.of(subject.start(now, form.note()).withAttachments(form.attachmentIds())));
	}

	Case handle(long id, Actor actor, CaseForms.Handle form) {
		boolean solved = !Boolean.FALSE.equals(form.solved());
		return this.transitions.act(id, actor, CaseAction.HANDLE, form.version(), (subject, now) -> List
			.of(subject.handle(now, solved, form.note()).withAttachments(form.attachmentIds())));
	}

	Case verify(long id, Actor actor, CaseForms.Verify form) {
		return this.transitions.act(id, actor, CaseAction.VERIFY, form.version(), (subject, now) -> {
			List<Step> steps = new ArrayList<>(subject.verify(now, form.passed(), form.note()));
			steps.set(0, steps.get(0).withAttachments(form.attachmentIds()));
			return steps;
		});
	}

	Case close(long id, Actor actor, CaseForms.Close form) {
		return this.transitions.act(id, actor, CaseAction.CLOSE, form.version(),
				(subject, now) -> List.of(subject.close(now, form.solved(), form.note())));
	}

	Case evaluate(long id, Actor actor, CaseForms.Evaluate form) {
		return this.transitions.act(id, actor, CaseAction.EVALUATE, null,
				(subject, now) -> List.of(subject.evaluate(now, form.rating(), form.note())));
	}

	/** 重办 after the reporter's 不满意, on the dispatcher's review. */
	Case reopen(long id, Actor actor, CaseForms.Note form) {
		return this.transitions.act(id, actor, CaseAction.REOPEN, form.version(),
				(subject, now) -> List.of(subject.reopen(now, form.note()).withAttachments(form.attachmentIds())));
	}

	/** A resident follows a public case, e.g. instead of reporting it again. */
	Case follow(long id, Actor actor) {
		Case subject = this.transitions.loadPublic(id);
		Moment now = this.transitions.now(actor);
		CaseWorkflow.require(CaseAction.FOLLOW, subject, now.at(), now.calendar());
		CasePolicy.require(CaseAction.FOLLOW, subject, actor);
		if (!this.followers.follows(id, actor.userId())) {
			this.followers.add(id, actor.userId(), now.at());
			this.transitions.record(subject, List.of(subject.record(CaseAction.FOLLOW, null, null, null, null)), now);
		}
		return subject;
	}

	private CaseCategory reportable(String code) {
		CaseCategory category = this.categories.find(code)
			.orElseThrow(() -> new NotFoundException("cases.category.not-found", code));
		if (!this.categories.isLeaf(code) || !category.active()) {
			throw new InvalidInputException("cases.report.category-not-reportable", code);
		}
		return category;
	}

}
