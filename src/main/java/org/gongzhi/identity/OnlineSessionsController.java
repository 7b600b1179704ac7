package org.gongzhi.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's page of who is signed in, with a force-logout per session.
 */
@Controller
@RequestMapping("/identity/sessions")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class OnlineSessionsController {

	static final String VIEW = "identity/sessions";

	private final OnlineSessions sessions;

	OnlineSessionsController(OnlineSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(@AuthenticationPrincipal GongzhiUser caller, Model model) {
		model.addAttribute("sessions", this.sessions.list(caller.scope()));
		return VIEW;
	}

	@PostMapping("/{id}/end")
	String end(@AuthenticationPrincipal GongzhiUser caller, @PathVariable String id, RedirectAttributes redirect) {
		this.sessions.end(id, caller.scope());
		redirect.addFlashAttribute("ended", true);
		return "redirect:/identity/sessions";
	}

}
