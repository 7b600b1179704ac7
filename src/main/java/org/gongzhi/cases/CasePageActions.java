package org.gongzhi.cases;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Takes the action a form of the case page asks for, through the same services as the
 * API. Missing or too long fields are reported per field before anything is done.
 */
@Service
class CasePageActions {

	private static final int MAX_TEXT = 2000;

	private final CaseWork work;

	private final CaseCoordination coordination;

	private final CaseQueries queries;

	CasePageActions(CaseWork work, CaseCoordination coordination, CaseQueries queries) {
		this.work = work;
		this.coordination = coordination;
		this.queries = queries;
	}

	/** Message keys of the fields the form must correct, by field name. */
	Map<String, String> problems(CaseActionForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		String action = (form.action() != null) ? form.action() : "";
		switch (action) {
			case "reject", "return", "supervise" -> required(problems, "reason", form.reason());
			case "extend" -> {
				required(problems, "reason", form.reason());
				if (form.deadline() == null || form.deadline().isBlank()) {
					problems.put("deadline", "desk.error.deadline-required");
				}
				else if (deadline(form) == null) {
					problems.put("deadline", "desk.error.deadline-invalid");
				}
			}
			case "extension-decision" -> {
				if (form.approved() == null) {
					problems.put("approved", "desk.error.decision-required");
				}
			}
			case "handle" -> required(problems, "note", form.note());
			case "verify" -> {
				if (form.passed() == null) {
					problems.put("passed", "desk.error.verify-required");
				}
			}
			case "evaluate" -> {
				if (form.rating() == null) {
					problems.put("rating", "desk.error.rating-required");
				}
			}
			case "reply" -> required(problems, "reply", form.reply());
			case "merge" -> required(problems, "original", form.original());
			case "escalate" -> {
				if (form.unitCodes().isEmpty()) {
					problems.put("unitCodes", "desk.error.units-required");
				}
				if (form.leadUnitCode() == null || form.leadUnitCode().isBlank()) {
					problems.put("leadUnitCode", "desk.error.lead-required");
				}
				required(problems, "reason", form.reason());
			}
			default -> {
			}
		}
		for (Map.Entry<String, String> text : Map
			.of("note", nullToEmpty(form.note()), "reason", nullToEmpty(form.reason()), "reply",
					nullToEmpty(form.reply()))
			.entrySet()) {
			if (text.getValue().length() > MAX_TEXT) {
				problems.putIfAbsent(text.getKey(), "desk.error.too-long");
			}
		}
		return problems;
	}

	/** Takes the action; call only when {@link #problems} found none. */
	Case take(long id, CaseActionForm form, Actor actor) {
		Integer version = form.version();
		return switch (form.action()) {
			case "accept" ->
				this.work.accept(id, actor, new CaseForms.Accept(trim(form.note()), form.priority(), null, version));
			case "reject" ->
				this.work.reject(id, actor, new CaseForms.Reason(trim(form.reason()), form.attachmentIds(), version));
			case "merge" -> this.work.merge(id, actor,
					new CaseForms.Merge(original(form.original(), actor), trim(form.note()), version));
			case "dispatch" -> this.work.dispatch(id, actor,
					new CaseForms.Dispatch(trim(form.unitCode()), trim(form.note()), version));
			case "return" ->
				this.work.giveBack(id, actor, new CaseForms.Reason(trim(form.reason()), form.attachmentIds(), version));
			case "start" ->
				this.work.start(id, actor, new CaseForms.Note(trim(form.note()), form.attachmentIds(), version));
			case "extend" -> this.coordination.extend(id, actor, new CaseForms.Extend(trim(form.reason()),
					deadline(form).atZone(CaseNumbers.ZONE).toInstant(), version));
			case "extension-decision" -> this.coordination.decideExtension(id, actor,
					new CaseForms.Decision(form.approved(), trim(form.note()), version));
			case "handle" -> this.work.handle(id, actor,
					new CaseForms.Handle(trim(form.note()), form.solved(), form.attachmentIds(), version));
			case "verify" -> this.work.verify(id, actor,
					new CaseForms.Verify(form.passed(), trim(form.note()), form.attachmentIds(), version));
			case "close" -> this.work.close(id, actor, new CaseForms.Close(form.solved(), trim(form.note()), version));
			case "evaluate" -> this.work.evaluate(id, actor, new CaseForms.Evaluate(form.rating(), trim(form.note())));
			case "reopen" ->
				this.work.reopen(id, actor, new CaseForms.Note(trim(form.note()), form.attachmentIds(), version));
			case "supervise" ->
				this.coordination.supervise(id, actor, new CaseForms.Reason(trim(form.reason()), null, null));
			case "reply" -> this.coordination.reply(id, (form.supervisionId() != null) ? form.supervisionId() : -1,
					actor, new CaseForms.Reply(trim(form.reply())));
			case "escalate" -> this.coordination.escalate(id, actor,
					new CaseForms.Escalate(form.unitCodes(), trim(form.leadUnitCode()), trim(form.reason()), version));
			case "escalation/report-in" ->
				this.coordination.reportIn(id, actor, new CaseForms.Summoned(null, trim(form.note())));
			case "escalation/done" ->
				this.coordination.reportDone(id, actor, new CaseForms.Summoned(null, trim(form.note())));
			case "follow" -> this.work.follow(id, actor);
			default -> throw new NotFoundException("desk.error.unknown-action", form.action());
		};
	}

	/** The id of the case a duplicate is merged into, found by its number. */
	private long original(String number, Actor actor) {
		String wanted = number.strip();
		return this.queries
			.list(new CaseFilter(List.of(), null, null, null, null, null, wanted, null, null, null, null, 5), actor)
			.items()
			.stream()
			.filter((summary) -> summary.number().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("cases.case.not-found", wanted))
			.id();
	}

	private static LocalDateTime deadline(CaseActionForm form) {
		try {
			return LocalDateTime.parse(form.deadline().strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static void required(Map<String, String> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.put(field, "desk.error." + field + "-required");
		}
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
