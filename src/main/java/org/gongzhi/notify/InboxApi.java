package org.gongzhi.notify;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongzhi.identity.GongzhiUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications (in-app inbox), rendered in the caller's language
 * (Accept-Language or the language chosen on the pages). Another user's notification
 * answers 404.
 */
@RestController
@RequestMapping("/api/me/notifications")
@PreAuthorize("isAuthenticated()")
@Tag(name = "notify", description = "The caller's notifications")
class InboxApi {

	private final Inbox inbox;

	private final ReaderLanguages languages;

	InboxApi(Inbox inbox, ReaderLanguages languages) {
		this.inbox = inbox;
		this.languages = languages;
	}

	/** How many notifications are unread. */
	record UnreadCount(long unread) {
	}

	/** How many notifications were marked read. */
	record Marked(int marked) {
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first; pass nextCursor as cursor for older ones")
	InboxPage list(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "20") int limit,
			Locale locale) {
		this.languages.remember(caller.getId(), locale);
		return this.inbox.list(caller.getId(), cursor, unread, limit, locale);
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the caller's notifications are unread")
	UnreadCount unreadCount(@AuthenticationPrincipal GongzhiUser caller) {
		return new UnreadCount(this.inbox.unreadCount(caller.getId()));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notifications read; 404 if it is not theirs")
	ResponseEntity<Void> read(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.inbox.markRead(caller.getId(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	@Operation(summary = "Marks all the caller's notifications read")
	Marked readAll(@AuthenticationPrincipal GongzhiUser caller) {
		return new Marked(this.inbox.markAllRead(caller.getId()));
	}

}
