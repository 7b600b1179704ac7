package org.gongzhi.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page: the newest entries and whether the chain is intact. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	static final String VIEW = "identity/audit";

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/identity/audit")
	String show(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		model.addAttribute("entries", this.audit.latest(action, actor, 200));
		// the whole chain is read to verify it: only when asked
		model.addAttribute("verification", verify ? this.audit.verify() : null);
		model.addAttribute("action", action);
		model.addAttribute("actor", actor);
		return VIEW;
	}

}
