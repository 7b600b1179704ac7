package org.gongzhi.identity;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The staff directory page (通讯录): masked numbers in the list, the full one in its row
 * after a reason is given (htmx replaces the row's phone cell; without script the whole
 * page comes back with it).
 */
@Controller
@RequestMapping(StaffDirectoryController.PATH)
@PreAuthorize("hasAnyRole('LEADER', 'DISPATCHER', 'COMMUNITY_WORKER', 'PARTY_SECRETARY', 'GRID_WORKER', 'DEPARTMENT')")
class StaffDirectoryController {

	static final String PATH = "/identity/staff";

	private static final String VIEW = "identity/staff";

	private final StaffDirectory directory;

	private final MessageSource messages;

	StaffDirectoryController(StaffDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("staff", this.directory.list(caller, q));
		return VIEW;
	}

	@HxRequest
	@PostMapping("/{id}/phone")
	String revealInRow(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model) {
		reveal(caller, id, reason, model);
		model.addAttribute("cellId", id);
		model.addAttribute("cellMasked", this.directory.maskedPhone(caller, id));
		return VIEW + " :: phoneCell(id=${cellId}, masked=${cellMasked})";
	}

	@PostMapping("/{id}/phone")
	String revealInPage(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model) {
		reveal(caller, id, reason, model);
		return list(caller, null, model);
	}

	private void reveal(GongzhiUser caller, long id, String reason, Model model) {
		model.addAttribute("revealedId", id);
		model.addAttribute("reason", reason);
		try {
			model.addAttribute("revealedPhone", this.directory.revealPhone(caller, id, reason));
		}
		catch (FieldRejectedException ex) {
			model.addAttribute("reasonError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
	}

}
