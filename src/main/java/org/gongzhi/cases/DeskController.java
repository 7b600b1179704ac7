package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.org.GridStaffMember;
import org.gongzhi.org.GridStaffing;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.org.Staffing;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workbenches: the dispatcher's (intake, dispatch, overdue board with 督办, extension
 * requests), the department's queue and the community workstation. Each renders its
 * queues as one fragment that its actions (htmx) replace, with what became of them.
 */
@Controller
class DeskController {

	static final String DESK = "/desk";

	static final String UNIT_DESK = "/desk/unit";

	static final String COMMUNITY_DESK = "/desk/community";

	private static final String QUEUES = " :: queues";

	private final DeskQueues queues;

	private final DeskActions actions;

	private final CaseCoordination coordination;

	private final HandlingUnits units;

	private final GridStaffing staffing;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	private final JsonMapper json;

	private final String tileUrl;

	DeskController(DeskQueues queues, DeskActions actions, CaseCoordination coordination, HandlingUnits units,
			GridStaffing staffing, OrgUnits orgUnits, MessageSource messages, JsonMapper json,
			@Value("${gongzhi.org.map.tile-url:}") String tileUrl) {
		this.queues = queues;
		this.actions = actions;
		this.coordination = coordination;
		this.units = units;
		this.staffing = staffing;
		this.orgUnits = orgUnits;
		this.messages = messages;
		this.json = json;
		this.tileUrl = tileUrl;
	}

	@GetMapping(DESK)
	@PreAuthorize("hasRole('DISPATCHER')")
	String dispatcherDesk(@AuthenticationPrincipal GongzhiUser caller, Model model) {
		dispatcherQueues(Actor.of(caller), model);
		model.addAttribute("deskOrg", caller.getOrgCode().substring(0, Math.min(6, caller.getOrgCode().length())));
		model.addAttribute("tileUrl", this.tileUrl);
		return "cases/desk";
	}

	@GetMapping(UNIT_DESK)
	@PreAuthorize("hasRole('DEPARTMENT')")
	String unitDesk(@AuthenticationPrincipal GongzhiUser caller, Model model) {
		unitQueues(Actor.of(caller), model);
		return "cases/unit-desk";
	}

	@GetMapping(COMMUNITY_DESK)
	@PreAuthorize("hasRole('COMMUNITY_WORKER')")
	String communityDesk(@AuthenticationPrincipal GongzhiUser caller, Model model) {
		Actor actor = Actor.of(caller);
		communityQueues(actor, model);
		model.addAttribute("grids", grids(actor.orgCode()));
		return "cases/community-desk";
	}

	/**
	 * 立案, 派遣 or 开始处置 of the ticked cases (or the one a row's button names), then the
	 * page's queues again.
	 */
	@PostMapping(DESK + "/act")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'COMMUNITY_WORKER', 'DEPARTMENT')")
	String act(@AuthenticationPrincipal GongzhiUser caller, @RequestParam DeskActions.QueueAction action,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(defaultValue = "desk") String view, @RequestParam MultiValueMap<String, String> params,
			Model model, Locale locale) {
		Actor actor = Actor.of(caller);
		if (ids == null || ids.isEmpty()) {
			model.addAttribute("problem", this.messages.getMessage("desk.bulk.none-selected", null, locale));
		}
		else {
			DeskActions.Outcome outcome = this.actions.run(action, List.copyOf(ids),
					(id) -> version(params.getFirst("version_" + id)),
					(id) -> blankToNull(params.getFirst("unit_" + id)), actor);
			report(outcome, model, locale);
		}
		return queues(view, actor, model);
	}

	/** 督办 from the overdue board. */
	@PostMapping(DESK + "/{id}/supervise")
	@PreAuthorize("hasRole('DISPATCHER')")
	String supervise(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, @RequestParam String number,
			@RequestParam(required = false) String reason, Model model, Locale locale) {
		Actor actor = Actor.of(caller);
		String text = (reason == null || reason.isBlank())
				? this.messages.getMessage("desk.supervise.default", null, locale) : reason.strip();
		try {
			this.coordination.supervise(id, actor, new CaseForms.Reason(text, null, null));
			model.addAttribute("notice",
					this.messages.getMessage("desk.supervise.done", new Object[] { number }, locale));
		}
		catch (GongzhiException ex) {
			model.addAttribute("problem", number + ": " + message(ex, locale));
		}
		return queues("desk", actor, model);
	}

	/** 延期审批 from the list of requests. */
	@PostMapping(DESK + "/{id}/extension")
	@PreAuthorize("hasRole('DISPATCHER')")
	String decideExtension(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@RequestParam String number, @RequestParam boolean approved,
			@RequestParam(required = false) Integer version, Model model, Locale locale) {
		Actor actor = Actor.of(caller);
		try {
			this.coordination.decideExtension(id, actor, new CaseForms.Decision(approved, null, version));
			model.addAttribute("notice", this.messages.getMessage(
					approved ? "desk.extension.approved" : "desk.extension.denied", new Object[] { number }, locale));
		}
		catch (GongzhiException ex) {
			model.addAttribute("problem", number + ": " + message(ex, locale));
		}
		return queues("desk", actor, model);
	}

	private String queues(String view, Actor actor, Model model) {
		return switch (view) {
			case "unit" -> {
				unitQueues(actor, model);
				yield "cases/unit-desk" + QUEUES;
			}
			case "community" -> {
				communityQueues(actor, model);
				yield "cases/community-desk" + QUEUES;
			}
			default -> {
				dispatcherQueues(actor, model);
				yield "cases/desk-response";
			}
		};
	}

	private void dispatcherQueues(Actor actor, Model model) {
		model.addAttribute("intake", this.queues.queue(actor, List.of(CaseState.REPORTED), null, null, null));
		DeskQueues.Queue accepted = this.queues.queue(actor, List.of(CaseState.ACCEPTED), null, null, null);
		model.addAttribute("accepted", accepted);
		model.addAttribute("red", this.queues.queue(actor, DeskQueues.OPEN, null, null, OverdueLevel.RED));
		model.addAttribute("yellow", this.queues.queue(actor, DeskQueues.OPEN, null, null, OverdueLevel.YELLOW));
		model.addAttribute("extensions", this.queues.extensions(actor));
		model.addAttribute("targets", this.units.targets(actor.orgCode()));
		model.addAttribute("mapCases", mapCases(List.of(((DeskQueues.Queue) model.getAttribute("intake")).rows(),
				accepted.rows(), ((DeskQueues.Queue) model.getAttribute("red")).rows())));
	}

	/** The cases of the queues as markers of the map: where, which, how late. */
	private String mapCases(List<List<DeskRow>> queues) {
		Map<Long, Map<String, Object>> markers = new java.util.LinkedHashMap<>();
		queues.stream()
			.flatMap(List::stream)
			.forEach((row) -> markers.putIfAbsent(row.id(),
					Map.of("number", row.summary().number(), "lat", row.summary().lat(), "lng", row.summary().lng(),
							"url", "/cases/" + row.id(), "tone",
							(row.countdown() != null) ? row.countdown().tone() : "ok")));
		return this.json.writeValueAsString(markers.values());
	}

	private void unitQueues(Actor actor, Model model) {
		String unit = (actor.departmentCode() != null) ? actor.departmentCode() : actor.orgCode();
		model.addAttribute("dispatched", this.queues.queue(actor, List.of(CaseState.DISPATCHED), null, unit, null));
		model.addAttribute("inProgress", this.queues.queue(actor, List.of(CaseState.IN_PROGRESS), null, unit, null));
		model.addAttribute("handled", this.queues.queue(actor, List.of(CaseState.HANDLED), null, unit, null));
		DeskQueues.Queue open = this.queues.queue(actor, DeskQueues.OPEN, null, null, null);
		model.addAttribute("summoned",
				open.rows()
					.stream()
					.filter((row) -> row.summary().unitCode() == null || !actor.actsFor(row.summary().unitCode()))
					.toList());
		model.addAttribute("unitName", this.units.name(unit));
	}

	private void communityQueues(Actor actor, Model model) {
		String community = actor.orgCode();
		DeskQueues.Queue reported = this.queues.queue(actor, List.of(CaseState.REPORTED), community, null, null);
		model.addAttribute("intake", reported);
		model.addAttribute("communityLevel",
				reported.rows()
					.stream()
					.filter((row) -> this.queues.communityLevel(row.summary()))
					.map(DeskRow::id)
					.toList());
		DeskQueues.Queue accepted = this.queues.queue(actor, List.of(CaseState.ACCEPTED), community, null, null);
		model.addAttribute("accepted", accepted);
		model.addAttribute("acceptedCommunityLevel",
				accepted.rows()
					.stream()
					.filter((row) -> this.queues.communityLevel(row.summary()))
					.map(DeskRow::id)
					.toList());
		model.addAttribute("ours",
				this.queues.queue(actor, List.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS), null, community, null));
		model.addAttribute("open", this.queues.queue(actor,
				List.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.HANDLED), community, null, null));
		model.addAttribute("communityName", this.orgUnits.nameOf(community));
	}

	/** The grids of a community with their workers. */
	private List<GridRow> grids(String community) {
		if (community == null || community.length() != OrgLevel.COMMUNITY.codeLength()) {
			return List.of();
		}
		Staffing figures = this.staffing.staffing(community);
		Map<String, Staffing> byCode = new java.util.HashMap<>();
		figures.children().forEach((child) -> byCode.put(child.code(), child));
		Map<String, List<GridStaffMember>> staff = new java.util.HashMap<>();
		this.staffing.staffOf(community)
			.forEach((member) -> staff.computeIfAbsent(member.gridCode(), (code) -> new ArrayList<>()).add(member));
		List<GridRow> rows = new ArrayList<>();
		for (OrgUnit grid : this.orgUnits.within(community, OrgLevel.GRID)) {
			Staffing gridFigures = byCode.get(grid.code());
			rows.add(new GridRow(grid.code(), grid.name(), (gridFigures != null) ? gridFigures.households() : 0,
					staff.getOrDefault(grid.code(), List.of())));
		}
		return rows;
	}

	private void report(DeskActions.Outcome outcome, Model model, Locale locale) {
		String action = this.messages.getMessage("desk.bulk.action." + outcome.action().name(), null, locale);
		if (!outcome.done().isEmpty()) {
			model.addAttribute("notice", this.messages.getMessage("desk.bulk.done",
					new Object[] { action, outcome.done().size(), String.join("、", outcome.done()) }, locale));
		}
		model.addAttribute("failures", outcome.failures()
			.stream()
			.map((failure) -> failure.number() + ": "
					+ this.messages.getMessage(failure.messageKey(), failure.arguments(), failure.messageKey(), locale))
			.toList());
	}

	private String message(GongzhiException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	private static Integer version(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A grid of the community with its households and workers. */
	record GridRow(String code, String name, int households, List<GridStaffMember> staff) {
	}

}
