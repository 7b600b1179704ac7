package org.gongzhi.identity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The security audit log, for the auditor only (三员分立). */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "identity")
class AuditApi {

	private final AuditLog audit;

	private final AuditExport export;

	AuditApi(AuditLog audit, AuditExport export) {
		this.audit = audit;
		this.export = export;
	}

	@GetMapping("/api/identity/audit")
	@Operation(summary = "The newest audit entries, optionally of one action or actor")
	List<AuditEntry> latest(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "100") int limit) {
		return this.audit.latest(action, actor, limit);
	}

	@GetMapping(value = "/api/identity/audit/export", produces = "text/csv")
	@Operation(summary = "The entries of a period (whole days, Asia/Shanghai) as CSV for Excel, archived ones"
			+ " included; the export is audited with its reason")
	void export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String reason, Locale locale, HttpServletResponse response)
			throws IOException {
		AuditExport.Request request = new AuditExport.Request(from, to, reason);
		AuditCsv.prepare(response, request);
		this.export.export(request, locale, response.getOutputStream());
	}

	@GetMapping({ "/api/identity/audit/verification", "/api/audit/verify" })
	@Operation(summary = "Recomputes the hash chain and tells whether the log is intact (also at the short path"
			+ " /api/audit/verify)")
	AuditLog.Verification verify() {
		return this.audit.verify();
	}

}
