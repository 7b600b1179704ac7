package org.gongzhi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.files.Attachment;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of one case: facts, SLA clock, map, photos, timeline and a form for every
 * action the user may take now. Each form posts through htmx and gets the case back as it
 * is after the action; when someone else acted first (409) the user sees why, and the
 * case as it now is.
 */
@Controller
@PreAuthorize(CasesApi.READERS)
class CasePageController {

	static final String VIEW = "cases/detail";

	/** How many reason templates each action offers (message keys numbered from 1). */
	private static final Map<String, Integer> REASON_TEMPLATES = Map.of("reject", 5, "return", 4, "supervise", 3,
			"extend", 3);

	private final CaseReading reading;

	private final CasePageActions actions;

	private final HandlingUnits units;

	private final DeskQueues queues;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final String tileUrl;

	private final String attribution;

	CasePageController(CaseReading reading, CasePageActions actions, HandlingUnits units, DeskQueues queues,
			MessageSource messages, JsonMapper json, Clock clock, @Value("${gongzhi.org.map.tile-url:}") String tileUrl,
			@Value("${gongzhi.org.map.attribution:}") String attribution) {
		this.reading = reading;
		this.actions = actions;
		this.units = units;
		this.queues = queues;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.tileUrl = tileUrl;
		this.attribution = attribution;
	}

	@GetMapping("/cases/{id}")
	String detail(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@RequestParam(required = false) String open, Model model, Locale locale) {
		Actor actor = Actor.of(caller);
		show(this.reading.detail(id, actor), actor, model, locale);
		model.addAttribute("open", open);
		return VIEW;
	}

	@PostMapping("/cases/{id}/act")
	String act(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@ModelAttribute("form") CaseActionForm form, BindingResult binding, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = Actor.of(caller);
		Map<String, String> problems = new LinkedHashMap<>(this.actions.problems(form));
		binding.getFieldErrors().forEach((error) -> problems.putIfAbsent(error.getField(), "desk.error.invalid"));
		if (!problems.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("errors", problems);
			model.addAttribute("open", form.action());
			show(this.reading.detail(id, actor), actor, model, locale);
			return VIEW + " :: case";
		}
		try {
			Case acted = this.actions.take(id, form, actor);
			model.addAttribute("notice", this.messages.getMessage("desk.case.done",
					new Object[] { label(form.action(), locale), acted.number }, locale));
			show(this.reading.view(acted, actor), actor, model, locale);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("conflict", message(ex, locale));
			showIfVisible(id, actor, model, locale);
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("conflict", message(ex, locale));
			showIfVisible(id, actor, model, locale);
		}
		catch (GongzhiException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", Map.of("_", ex.messageKey()));
			model.addAttribute("problem", message(ex, locale));
			model.addAttribute("open", form.action());
			showIfVisible(id, actor, model, locale);
		}
		return VIEW + " :: case";
	}

	private void showIfVisible(long id, Actor actor, Model model, Locale locale) {
		try {
			show(this.reading.detail(id, actor), actor, model, locale);
		}
		catch (NotFoundException ex) {
			model.addAttribute("gone", true);
		}
	}

	private void show(CaseView view, Actor actor, Model model, Locale locale) {
		model.addAttribute("c", view);
		model.addAttribute("allowed", view.allowedActions());
		model.addAttribute("staff", actor.isStaff());
		model.addAttribute("targets", actor.isStaff() ? this.units.targets(view.location().orgCode()) : List.of());
		model.addAttribute("placeName", this.queues.placeName(view.location().orgCode()));
		model.addAttribute("countdown", countdown(view));
		model.addAttribute("reasons", reasonKeys());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("ratings", Rating.values());
		Map<String, String> unitNames = new LinkedHashMap<>();
		if (view.escalation() != null) {
			view.escalation()
				.units()
				.forEach((unit) -> unitNames.put(unit.unitCode(), this.units.name(unit.unitCode())));
		}
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("openSupervisions",
				view.supervisions().stream().filter((supervision) -> supervision.repliedAt() == null).toList());
		model.addAttribute("photos",
				view.timeline()
					.stream()
					.flatMap((entry) -> entry.attachments().stream())
					.filter((file) -> file.mediaType() != null && file.mediaType().startsWith("image/"))
					.map(Attachment.class::cast)
					.distinct()
					.toList());
		model.addAttribute("suggestedDeadline", suggestedDeadline(view));
		model.addAttribute("mapConfig", mapConfig(view, locale));
	}

	private DeskRow.Countdown countdown(CaseView view) {
		CaseView.Sla sla = view.sla();
		if (sla.stage() == null || sla.deadline() == null) {
			return null;
		}
		CaseSummary summary = new CaseSummary(view.id(), view.number(), view.state(), view.category().code(), null,
				false, view.priority(), view.location().orgCode(), null, null, null, 0, 0, null, sla.stage(),
				sla.deadline(), sla.overdueLevel(), false, 0, false, view.version());
		return this.queues.countdown(summary, this.clock.instant());
	}

	/** A later handle deadline to offer on an extension request: two days on. */
	private String suggestedDeadline(CaseView view) {
		Instant current = view.sla()
			.stages()
			.stream()
			.filter((clock) -> clock.stage() == Stage.HANDLE)
			.map(SlaClocks.StageClock::deadline)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(this.clock.instant());
		return LocalDateTime.ofInstant(current.plus(2, ChronoUnit.DAYS), CaseNumbers.ZONE)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
	}

	private static Map<String, List<String>> reasonKeys() {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		REASON_TEMPLATES.forEach((action, count) -> keys.put(action,
				IntStream.rangeClosed(1, count).mapToObj((n) -> "desk.reason." + action + "." + n).toList()));
		return keys;
	}

	private String mapConfig(CaseView view, Locale locale) {
		String orgCode = view.location().orgCode();
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("lat", view.location().lat());
		config.put("lng", view.location().lng());
		config.put("grid", orgCode);
		config.put("community", (orgCode.length() >= OrgLevel.COMMUNITY.codeLength())
				? orgCode.substring(0, OrgLevel.COMMUNITY.codeLength()) : null);
		config.put("tileUrl", this.tileUrl);
		config.put("attribution", this.attribution);
		config.put("label", view.number());
		return this.json.writeValueAsString(config);
	}

	private String label(String action, Locale locale) {
		return this.messages.getMessage("desk.action." + action.replace('/', '.'), null, action, locale);
	}

	private String message(GongzhiException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

}
