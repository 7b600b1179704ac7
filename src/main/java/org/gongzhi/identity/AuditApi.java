package org.gongzhi.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The security audit log, for the auditor only (三员分立). */
@RestController
@RequestMapping("/api/identity/audit")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "identity")
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The newest audit entries, optionally of one action or actor")
	List<AuditEntry> latest(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "100") int limit) {
		return this.audit.latest(action, actor, limit);
	}

	@GetMapping("/verification")
	@Operation(summary = "Recomputes the hash chain and tells whether the log is intact")
	AuditLog.Verification verify() {
		return this.audit.verify();
	}

}
