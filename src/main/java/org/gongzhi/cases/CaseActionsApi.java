package org.gongzhi.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.gongzhi.identity.GongzhiUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transitions of a case ({@code POST /api/cases/{id}/<action>}), each answering the
 * case as the caller now sees it. An action the case's state does not allow is a 409
 * problem listing {@code allowedActions}; one the caller may not take on a case they see
 * is a 403 problem; a case out of their sight is a 404.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "cases")
class CaseActionsApi {

	private static final String DESK = "hasAnyRole('DISPATCHER', 'COMMUNITY_WORKER')";

	private static final String HANDLERS = "hasAnyRole('DEPARTMENT', 'COMMUNITY_WORKER', 'GRID_WORKER', 'DISPATCHER')";

	private final CaseWork work;

	private final CaseCoordination coordination;

	private final CaseReading reading;

	CaseActionsApi(CaseWork work, CaseCoordination coordination, CaseReading reading) {
		this.work = work;
		this.coordination = coordination;
		this.reading = reading;
	}

	@PostMapping("/accept")
	@PreAuthorize(DESK)
	@Operation(summary = "立案: accepts a reported case, optionally correcting category and priority")
	CaseView accept(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Accept form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(
				this.work.accept(id, actor, (form != null) ? form : new CaseForms.Accept(null, null, null, null)),
				actor);
	}

	@PostMapping("/reject")
	@PreAuthorize(DESK)
	@Operation(summary = "不予立案: rejects a reported case, with a reason")
	CaseView reject(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Reason form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.reject(id, actor, form), actor);
	}

	@PostMapping("/merge")
	@PreAuthorize(DESK)
	@Operation(summary = "Merges this duplicate into its original; its reporter follows the original")
	CaseView merge(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Merge form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.merge(id, actor, form), actor);
	}

	@PostMapping("/dispatch")
	@PreAuthorize(DESK)
	@Operation(summary = "派遣: sends an accepted case to a unit (default: the one its category suggests)")
	CaseView dispatch(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Dispatch form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(
				this.work.dispatch(id, actor, (form != null) ? form : new CaseForms.Dispatch(null, null, null)), actor);
	}

	@PostMapping("/return")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "退回: the unit returns a wrongly dispatched case, within 2 working hours, with a reason")
	CaseView giveBack(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Reason form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.giveBack(id, actor, form), actor);
	}

	@PostMapping("/start")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "The unit starts handling a dispatched case")
	CaseView start(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Note form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.start(id, actor, (form != null) ? form : CaseForms.Note.empty()), actor);
	}

	@PostMapping("/extend")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "申请延期: the unit asks for a later handle deadline")
	CaseView extend(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Extend form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.coordination.extend(id, actor, form), actor);
	}

	@PostMapping("/extension-decision")
	@PreAuthorize("hasRole('DISPATCHER')")
	@Operation(summary = "The dispatcher approves or denies the pending extension request")
	CaseView decideExtension(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Decision form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.coordination.decideExtension(id, actor, form), actor);
	}

	@PostMapping("/handle")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "处置完毕: the unit reports the case handled (not before the lead of a 吹哨 reports done)")
	CaseView handle(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Handle form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(
				this.work.handle(id, actor, (form != null) ? form : new CaseForms.Handle(null, null, null, null)),
				actor);
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAnyRole('GRID_WORKER', 'DISPATCHER')")
	@Operation(summary = "核查: passed, or failed and sent back (返工); never by the person who handled it")
	CaseView verify(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Verify form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.verify(id, actor, form), actor);
	}

	@PostMapping("/close")
	@PreAuthorize("hasRole('DISPATCHER')")
	@Operation(summary = "结案: closes a verified case")
	CaseView close(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Close form) {
		Actor actor = Actor.of(caller);
		return this.reading
			.view(this.work.close(id, actor, (form != null) ? form : new CaseForms.Close(null, null, null)), actor);
	}

	@PostMapping("/evaluate")
	@PreAuthorize(CasesApi.READERS)
	@Operation(summary = "评价: the reporter rates a closed case")
	CaseView evaluate(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Evaluate form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.evaluate(id, actor, form), actor);
	}

	@PostMapping("/reopen")
	@PreAuthorize("hasRole('DISPATCHER')")
	@Operation(summary = "重办: reopens a case rated 不满意, after review")
	CaseView reopen(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Note form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.reopen(id, actor, (form != null) ? form : CaseForms.Note.empty()), actor);
	}

	@PostMapping("/supervise")
	@PreAuthorize("hasAnyRole('LEADER', 'DISPATCHER')")
	@Operation(summary = "督办: a supervision note that the handling unit must answer")
	CaseView supervise(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Reason form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.coordination.supervise(id, actor, form), actor);
	}

	@PostMapping("/supervisions/{supervisionId}/reply")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Answers a 督办 note")
	CaseView reply(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, @PathVariable long supervisionId,
			@Valid @RequestBody CaseForms.Reply form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.coordination.reply(id, supervisionId, actor, form), actor);
	}

	@PostMapping("/escalate")
	@PreAuthorize(DESK)
	@Operation(summary = "吹哨: summons several units, one leading, to solve the case together")
	CaseView escalate(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody CaseForms.Escalate form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.coordination.escalate(id, actor, form), actor);
	}

	@PostMapping("/escalation/report-in")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "报到: a summoned unit answers the whistle")
	CaseView reportIn(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Summoned form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(
				this.coordination.reportIn(id, actor, (form != null) ? form : new CaseForms.Summoned(null, null)),
				actor);
	}

	@PostMapping("/escalation/done")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "A summoned unit reports its part done")
	CaseView reportDone(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody(required = false) CaseForms.Summoned form) {
		Actor actor = Actor.of(caller);
		return this.reading.view(
				this.coordination.reportDone(id, actor, (form != null) ? form : new CaseForms.Summoned(null, null)),
				actor);
	}

	@PostMapping("/follow")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "A resident follows an open case of a public category (instead of reporting it again)")
	CaseView follow(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		Actor actor = Actor.of(caller);
		return this.reading.view(this.work.follow(id, actor), actor);
	}

}
