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
			Model model) {
		model.addAttribute("entries", this.audit.latest(action, actor, 200));
		model.addAttribute("verification", this.audit.verify());
		model.addAttribute("action", action);
		model.addAttribute("actor", actor);
		return VIEW;
	}

}
