package org.gongzhi.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The auditor's page: the newest entries, whether the chain is intact, and the export of
 * a period with its reason.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	static final String VIEW = "identity/audit";

	private final AuditLog audit;

	private final AuditExport export;

	private final Clock clock;

	AuditController(AuditLog audit, AuditExport export, Clock clock) {
		this.audit = audit;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/identity/audit")
	String show(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		// the whole chain is read to verify it: only when asked
		model.addAttribute("verification", verify ? this.audit.verify() : null);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), AuditExport.ZONE);
		model.addAttribute("exportForm", new ExportForm(today.minusDays(30), today));
		return view(action, actor, model);
	}

	/**
	 * Downloads the CSV of a period; a missing reason or a wrong period shows the page
	 * again with the error next to the field.
	 */
	@PostMapping("/identity/audit/export")
	ModelAndView export(@ModelAttribute("exportForm") ExportForm form, BindingResult result, Locale locale,
			HttpServletResponse response, Model model) throws IOException {
		if (!result.hasErrors()) {
			try {
				AuditExport.Request request = new AuditExport.Request(form.getFrom(), form.getTo(), form.getReason());
				AuditCsv.prepare(response, request);
				this.export.export(request, locale, response.getOutputStream());
				// written: no view
				return null;
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("verification", null);
		model.addAttribute("exportFailed", true);
		return new ModelAndView(view(null, null, model), model.asMap());
	}

	private String view(String action, String actor, Model model) {
		model.addAttribute("entries", this.audit.latest(action, actor, 200));
		model.addAttribute("action", action);
		model.addAttribute("actor", actor);
		return VIEW;
	}

	/** The period and reason of an export. */
	static class ExportForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		private String reason = "";

		ExportForm() {
		}

		ExportForm(LocalDate from, LocalDate to) {
			this.from = from;
			this.to = to;
		}

		public LocalDate getFrom() {
			return this.from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return this.to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
