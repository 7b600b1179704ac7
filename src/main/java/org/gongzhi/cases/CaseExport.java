package org.gongzhi.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The filtered case list as an Excel workbook: headers in the caller's language, one row
 * per case in the caller's sight, at most {@link #MAX_ROWS}. Recorded in the audit log
 * (with the filter, never its free text) before a row is written.
 */
@Component
class CaseExport {

	static final int MAX_ROWS = 10_000;

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String[] COLUMNS = { "number", "state", "category", "priority", "place", "address",
			"description", "unit", "reported-at", "stage", "deadline", "overdue" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CaseQueries queries;

	private final DeskQueues queues;

	private final HandlingUnits units;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	CaseExport(CaseQueries queries, DeskQueues queues, HandlingUnits units, AuditLog audit, MessageSource messages,
			Clock clock) {
		this.queries = queries;
		this.queues = queues;
		this.units = units;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	void write(CaseListController.ListParams params, Actor actor, Locale locale, HttpServletResponse response)
			throws IOException {
		List<CaseSummary> cases = collect(params, actor);
		this.audit.record("CASES_EXPORTED", "cases", AuditEntry.Outcome.SUCCESS,
				"rows=" + cases.size() + " " + params.describe());
		String name = this.messages.getMessage("desk.export.file", null, locale) + "-"
				+ LocalDateTime.ofInstant(this.clock.instant(), CaseNumbers.ZONE)
					.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
				+ ".xlsx";
		response.setContentType(MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"cases.xlsx\"; filename*=UTF-8''"
				+ URLEncoder.encode(name, StandardCharsets.UTF_8));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
			Sheet sheet = workbook.createSheet(this.messages.getMessage("desk.export.sheet", null, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(this.messages.getMessage("desk.export.column." + COLUMNS[i], null, locale));
				cell.setCellStyle(bold);
			}
			int index = 1;
			for (DeskRow row : this.queues.rows(cases)) {
				write(sheet.createRow(index++), row, locale);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
	}

	private List<CaseSummary> collect(CaseListController.ListParams params, Actor actor) {
		List<CaseSummary> all = new ArrayList<>();
		String cursor = null;
		do {
			CasePage page = this.queries.list(params.filter(cursor, 100), actor);
			all.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null && all.size() < MAX_ROWS);
		return (all.size() > MAX_ROWS) ? all.subList(0, MAX_ROWS) : all;
	}

	private void write(Row row, DeskRow desk, Locale locale) {
		CaseSummary c = desk.summary();
		List<String> values = List.of(c.number(), text("cases.state." + c.state().name(), locale), c.categoryName(),
				text("cases.priority." + c.priority().name(), locale), desk.placeName(), nullToEmpty(c.address()),
				nullToEmpty(c.description()), (c.unitCode() != null) ? this.units.name(c.unitCode()) : "",
				time(c.reportedAt()), (c.stage() != null) ? text("cases.stage." + c.stage().name(), locale) : "",
				time(c.stageDeadline()),
				(c.overdueLevel() != null) ? text("desk.level." + c.overdueLevel().name(), locale) : "");
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String time(Instant at) {
		return (at != null) ? LocalDateTime.ofInstant(at, CaseNumbers.ZONE).format(TIME) : "";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
