package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.gongzhi.calendar.TimeBasis;
import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's phone pages: 我要报事 (the report form, which reports through the case API
 * from the browser), the receipt with the case number and expected time, 我的报事 with each
 * case's timeline, and the rating of a closed case.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class ResidentPagesController {

	static final String REPORT = "/report";

	static final String MINE = "/report/mine";

	/** Texts the report script shows. */
	private static final List<String> LABELS = List.of("report.map.label", "report.location.locating",
			"report.location.denied", "report.location.unsupported", "report.location.outside", "report.location.found",
			"report.location.pick", "report.nearby.title", "report.nearby.follow", "report.nearby.following",
			"report.nearby.followed", "report.nearby.distance", "report.sending", "report.error.location",
			"report.error.category", "report.error.description", "report.error.failed", "report.error.offline",
			"phone.photos.count", "phone.photos.remove", "phone.photos.too-many", "phone.photos.failed",
			"phone.photos.compressing", "phone.photos.uploading", "phone.question.required", "cases.state.REPORTED",
			"cases.state.ACCEPTED", "cases.state.DISPATCHED", "cases.state.IN_PROGRESS", "cases.state.HANDLED");

	private final CategoryPicker picker;

	private final CategoryCatalog catalog;

	private final PhonePages pages;

	private final CaseQueries queries;

	private final CaseReading reading;

	private final CaseWork work;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	ResidentPagesController(CategoryPicker picker, CategoryCatalog catalog, PhonePages pages, CaseQueries queries,
			CaseReading reading, CaseWork work, WorkingCalendar calendar, MessageSource messages) {
		this.picker = picker;
		this.catalog = catalog;
		this.pages = pages;
		this.queries = queries;
		this.reading = reading;
		this.work = work;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping(REPORT)
	String reportForm(@AuthenticationPrincipal GongzhiUser caller, Locale locale, Model model) {
		model.addAttribute("families", this.picker.tree(locale));
		model.addAttribute("config", this.pages.config(caller.getOrgCode(), locale, LABELS, Map.of()));
		tabs(model);
		return "cases/phone/report";
	}

	@GetMapping(MINE)
	String mine(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String cursor,
			Model model) {
		Actor actor = Actor.of(caller);
		// the resident's sight: what they reported and what they follow
		model.addAttribute("page", this.queries
			.list(new CaseFilter(null, null, null, null, null, null, null, null, null, null, cursor, 20), actor));
		model.addAttribute("me", caller.getId());
		model.addAttribute("icons", this.picker.icons());
		tabs(model);
		return "cases/phone/mine";
	}

	@GetMapping(MINE + "/{id}")
	String one(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean reported, Model model) {
		CaseView view = this.reading.detail(id, Actor.of(caller));
		model.addAttribute("c", view);
		model.addAttribute("entries", PhonePages.newestFirst(view));
		model.addAttribute("reported", reported);
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("expected", expected(view));
		model.addAttribute("rateable", view.allowedActions().contains("evaluate"));
		tabs(model);
		return "cases/phone/case";
	}

	/** The timeline alone, opened in place from the list. */
	@HxRequest
	@GetMapping(MINE + "/{id}/timeline")
	String timeline(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, Model model) {
		CaseView view = this.reading.detail(id, Actor.of(caller));
		model.addAttribute("c", view);
		model.addAttribute("entries", PhonePages.newestFirst(view));
		return "cases/phone/timeline :: timeline";
	}

	@PostMapping(MINE + "/{id}/rating")
	String rate(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@RequestParam(required = false) Rating rating, @RequestParam(required = false) String note, Locale locale,
			RedirectAttributes redirect) {
		if (rating == null) {
			redirect.addFlashAttribute("ratingError", "report.rate.required");
			return "redirect:" + MINE + "/" + id + "#rating";
		}
		String comment = (note != null && !note.isBlank()) ? note.strip() : null;
		if (comment != null && comment.length() > 2000) {
			comment = comment.substring(0, 2000);
		}
		try {
			this.work.evaluate(id, Actor.of(caller), new CaseForms.Evaluate(rating, comment));
			redirect.addFlashAttribute("notice", "report.rate.thanks");
		}
		catch (GongzhiException ex) {
			redirect.addFlashAttribute("ratingProblem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:" + MINE + "/" + id;
	}

	/**
	 * When the case should be handled: the handle deadline once dispatched; before that,
	 * the running stage's deadline plus the limits of the stages still ahead (the
	 * category's, on the working calendar). Nothing once handled or ended.
	 */
	private Instant expected(CaseView view) {
		if (view.sla().stage() == null || view.sla().deadline() == null
				|| view.sla().stage().compareTo(Stage.HANDLE) > 0) {
			return null;
		}
		Sla sla = this.catalog.version(view.category().versionId()).sla();
		TimeBasis basis = (view.priority() == Priority.URGENT) ? TimeBasis.CLOCK : TimeBasis.WORKING;
		Instant at = view.sla().deadline();
		for (Stage stage = view.sla().stage(); stage != Stage.HANDLE;) {
			stage = Stage.values()[stage.ordinal() + 1];
			at = this.calendar.deadline(at, sla.limit(stage, view.priority()), basis);
		}
		return at;
	}

	private static void tabs(Model model) {
		model.addAttribute("tabs", PhonePages.RESIDENT_TABS);
	}

}
