package org.gongzhi.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.identity.GongzhiUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The grid worker's phone app (an installable PWA under {@code /m}): home with the grid's
 * open cases, verification tasks and overdue ones, and the sections other modules add
 * ({@link PhoneHomeSection}, e.g. the registry's overdue home visits); a report in three
 * taps (photo, category, send) that waits in a queue on the phone while offline; a case
 * with its verification. The service worker keeps the pages' shell for use without a
 * network.
 */
@Controller
@PreAuthorize("hasRole('GRID_WORKER')")
class GridWorkerPagesController {

	static final String HOME = "/m";

	/** Categories a grid worker meets most on patrol: one tap each on the report page. */
	static final List<String> QUICK_CATEGORIES = List.of("SJ0101", "SJ0201", "SJ0504", "SJ0501", "BJ0101", "ZL0205",
			"BJ0201", "SJ0305");

	private static final List<CaseState> OPEN = List.of(CaseState.REPORTED, CaseState.ACCEPTED, CaseState.DISPATCHED,
			CaseState.IN_PROGRESS);

	/** Texts the grid worker scripts show. */
	private static final List<String> LABELS = List.of("grid.gps.locating", "grid.gps.found", "grid.gps.offline",
			"grid.gps.denied", "grid.gps.outside", "grid.report.need-photo", "grid.report.need-category",
			"grid.report.need-location", "grid.report.need-after", "grid.report.queued", "grid.report.sent",
			"grid.queue.empty", "grid.queue.count", "grid.queue.state.waiting", "grid.queue.state.sending",
			"grid.queue.state.failed", "grid.queue.state.signin", "grid.queue.retry", "grid.queue.delete",
			"grid.queue.sent", "grid.queue.photos", "grid.queue.offline", "grid.queue.online", "grid.verify.done",
			"grid.verify.failed", "phone.photos.count", "phone.photos.remove", "phone.photos.too-many",
			"phone.photos.failed", "phone.photos.compressing", "phone.photos.uploading", "phone.question.required");

	private final CaseQueries queries;

	private final CaseReading reading;

	private final CategoryPicker picker;

	private final PhonePages pages;

	private final MessageSource messages;

	private final JsonMapper json;

	private final List<PhoneHomeSection> sections;

	GridWorkerPagesController(CaseQueries queries, CaseReading reading, CategoryPicker picker, PhonePages pages,
			MessageSource messages, JsonMapper json, ObjectProvider<PhoneHomeSection> sections) {
		this.queries = queries;
		this.reading = reading;
		this.picker = picker;
		this.pages = pages;
		this.messages = messages;
		this.json = json;
		this.sections = sections.orderedStream().sorted(Comparator.comparingInt(PhoneHomeSection::order)).toList();
	}

	@GetMapping({ HOME, HOME + "/" })
	String home(@AuthenticationPrincipal GongzhiUser caller, Locale locale, Model model) {
		Actor actor = Actor.of(caller);
		String grid = caller.getOrgCode();
		model.addAttribute("open", this.queries.list(filter(OPEN, grid, null, "-reportedAt"), actor));
		List<CaseSummary> handled = this.queries.list(filter(List.of(CaseState.HANDLED), grid, null, "deadline"), actor)
			.items();
		Set<Long> skip = this.queries.notToVerifyBy(handled.stream().map(CaseSummary::id).toList(), caller.getId());
		model.addAttribute("verify", handled.stream().filter((item) -> !skip.contains(item.id())).toList());
		model.addAttribute("red", this.queries.list(filter(List.of(), grid, OverdueLevel.RED, "deadline"), actor));
		model.addAttribute("icons", this.picker.icons());
		model.addAttribute("yellow",
				this.queries.list(filter(List.of(), grid, OverdueLevel.YELLOW, "deadline"), actor));
		model.addAttribute("sections", this.sections);
		return page(caller, locale, model, "cases/phone/grid-home");
	}

	@GetMapping(HOME + "/report")
	String report(@AuthenticationPrincipal GongzhiUser caller, Locale locale, Model model) {
		model.addAttribute("quick",
				QUICK_CATEGORIES.stream()
					.map((code) -> new QuickCategory(code, this.picker.nameOf(code, locale), CategoryPicker.icon(code)))
					.filter((quick) -> quick.name() != null)
					.toList());
		model.addAttribute("families", this.picker.tree(locale));
		return page(caller, locale, model, "cases/phone/grid-report");
	}

	@GetMapping(HOME + "/queue")
	String queue(@AuthenticationPrincipal GongzhiUser caller, Locale locale, Model model) {
		return page(caller, locale, model, "cases/phone/grid-queue");
	}

	@GetMapping(HOME + "/cases/{id}")
	String one(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, Locale locale, Model model) {
		CaseView view = this.reading.detail(id, Actor.of(caller));
		model.addAttribute("c", view);
		model.addAttribute("entries", PhonePages.newestFirst(view));
		return page(caller, locale, model, "cases/phone/grid-case");
	}

	/**
	 * The session's CSRF token, for sending the queue from a page the service worker kept
	 * from an earlier visit.
	 */
	@GetMapping(path = HOME + "/token", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> token(CsrfToken token) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("header", token.getHeaderName(), "token", token.getToken()));
	}

	@GetMapping(path = HOME + "/manifest.webmanifest", produces = "application/manifest+json")
	@ResponseBody
	String manifest(Locale locale) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", this.messages.getMessage("grid.app.name", null, locale));
		manifest.put("short_name", this.messages.getMessage("grid.app.short-name", null, locale));
		manifest.put("lang", locale.toLanguageTag());
		manifest.put("id", HOME + "/");
		manifest.put("start_url", HOME + "/");
		manifest.put("scope", HOME + "/");
		manifest.put("display", "standalone");
		manifest.put("orientation", "portrait");
		manifest.put("background_color", "#f6f7f9");
		manifest.put("theme_color", "#c8102e");
		manifest.put("icons",
				List.of(Map.of("src", "/img/grid-app-192.png", "sizes", "192x192", "type", "image/png"),
						Map.of("src", "/img/grid-app-512.png", "sizes", "512x512", "type", "image/png"),
						Map.of("src", "/img/grid-app-512.png", "sizes", "512x512", "type", "image/png", "purpose",
								"maskable"),
						Map.of("src", "/img/grid-app.svg", "sizes", "any", "type", "image/svg+xml")));
		return this.json.writeValueAsString(manifest);
	}

	/**
	 * The service worker, served from {@code /m/} so that its scope is the app; never
	 * cached by HTTP, so that a new version reaches the phones at once.
	 */
	@GetMapping(path = HOME + "/sw.js", produces = "text/javascript")
	@ResponseBody
	ResponseEntity<String> serviceWorker() throws IOException {
		try (InputStream in = new ClassPathResource("static/js/grid-sw.js").getInputStream()) {
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noCache())
				.header("Service-Worker-Allowed", HOME + "/")
				.body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private String page(GongzhiUser caller, Locale locale, Model model, String view) {
		model.addAttribute("tabs", PhonePages.GRID_TABS);
		model.addAttribute("pwa", true);
		model.addAttribute("config",
				this.pages.config(caller.getOrgCode(), locale, LABELS, Map.of("user", caller.getUsername())));
		return view;
	}

	private static CaseFilter filter(List<CaseState> states, String org, OverdueLevel overdue, String sort) {
		return new CaseFilter(states, null, org, null, overdue, null, null, null, null, sort, null, 20);
	}

	/** A category offered with one tap. */
	record QuickCategory(String code, String name, String icon) {
	}

}
