package org.gongzhi.notify;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.identity.GongzhiUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notifications page and the bell in the top bar, which polls
 * {@code /notifications/bell} for the unread count.
 */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationsController {

	static final String VIEW = "notify/notifications";

	static final String BELL = "notify/bell :: count";

	static final int PAGE_SIZE = 20;

	/** htmx event that tells the bell to count again after something was marked read. */
	static final String READ_EVENT = "notifications-read";

	private final Inbox inbox;

	private final ReaderLanguages languages;

	NotificationsController(Inbox inbox, ReaderLanguages languages) {
		this.inbox = inbox;
		this.languages = languages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "false") boolean unread, Locale locale, Model model) {
		this.languages.remember(caller.getId(), locale);
		model.addAttribute("page", this.inbox.list(caller.getId(), cursor, unread, PAGE_SIZE, locale));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unreadCount", this.inbox.unreadCount(caller.getId()));
		return VIEW;
	}

	@GetMapping("/bell")
	String bell(@AuthenticationPrincipal GongzhiUser caller, Locale locale, Model model) {
		this.languages.remember(caller.getId(), locale);
		model.addAttribute("unread", this.inbox.unreadCount(caller.getId()));
		return BELL;
	}

	@HxRequest
	@PostMapping("/{id}/read")
	String readInPlace(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id, Locale locale, Model model,
			HttpServletResponse response) {
		this.inbox.markRead(caller.getId(), id);
		model.addAttribute("n", this.inbox.get(caller.getId(), id, locale));
		response.setHeader("HX-Trigger", READ_EVENT);
		return VIEW + " :: item";
	}

	@PostMapping("/{id}/read")
	String read(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.inbox.markRead(caller.getId(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal GongzhiUser caller) {
		this.inbox.markAllRead(caller.getId());
		return "redirect:/notifications";
	}

}
