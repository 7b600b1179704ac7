package org.gongzhi.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The auditor's export of the audit log for a period (审计记录导出), archived entries included,
 * as CSV that Excel opens as UTF-8 (a byte order mark first). The export is itself
 * audited, with the period and the stated reason, before a line is written.
 */
@Service
class AuditExport {

	/** Periods are whole days of the platform's time zone. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int MAX_REASON = 200;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	private static final List<String> HEADER_KEYS = List.of("identity.audit.id", "identity.audit.time",
			"identity.audit.actor", "identity.audit.action-code", "identity.audit.action", "identity.audit.target",
			"identity.audit.outcome", "identity.audit.ip", "identity.audit.detail", "identity.audit.prev-hash",
			"identity.audit.hash");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final MessageSource messages;

	AuditExport(JdbcClient jdbc, AuditLog audit, MessageSource messages) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
	}

	/** What to export and why. */
	record Request(LocalDate from, LocalDate to, String reason) {

		/** Rejects a period that ends before it starts and a missing or long reason. */
		Request {
			if (from == null) {
				throw new FieldRejectedException("from", "identity.audit.export.from-required");
			}
			if (to == null || to.isBefore(from)) {
				throw new FieldRejectedException("to", "identity.audit.export.period");
			}
			if (reason == null || reason.isBlank()) {
				throw new FieldRejectedException("reason", "identity.audit.export.reason-required");
			}
			reason = reason.strip();
			if (reason.length() > MAX_REASON) {
				throw new FieldRejectedException("reason", "identity.audit.export.reason-too-long", MAX_REASON);
			}
		}

		Instant start() {
			return this.from.atStartOfDay(ZONE).toInstant();
		}

		Instant end() {
			return this.to.plusDays(1).atStartOfDay(ZONE).toInstant();
		}

		String fileName() {
			return "audit-log_" + this.from + "_" + this.to + ".csv";
		}

	}

	/**
	 * Records the export, then writes the entries of the period, oldest first, to
	 * {@code out}.
	 */
	void export(Request request, Locale locale, OutputStream out) {
		long count = count("audit_log_archive", request) + count("audit_log", request);
		this.audit.record("AUDIT_EXPORTED", "audit_log " + request.from() + "–" + request.to(),
				AuditEntry.Outcome.SUCCESS, count + " entries; reason: " + request.reason());
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			line(writer, HEADER_KEYS.stream().map((key) -> message(key, locale)));
			write("audit_log_archive", request, locale, writer);
			write("audit_log", request, locale, writer);
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long count(String table, Request request) {
		return this.jdbc.sql("select count(*) from " + table + " where occurred_at >= ? and occurred_at < ?")
			.params(Timestamp.from(request.start()), Timestamp.from(request.end()))
			.query(Long.class)
			.single();
	}

	/** Pages through one table by id, so that no more than a page is held at once. */
	private void write(String table, Request request, Locale locale, Writer writer) throws IOException {
		long after = 0;
		while (true) {
			List<AuditEntry> page = this.jdbc
				.sql("select * from " + table + " where occurred_at >= ? and occurred_at < ? and id > ?"
						+ " order by id fetch first 1000 rows only")
				.params(Timestamp.from(request.start()), Timestamp.from(request.end()), after)
				.query(AuditLog::entry)
				.list();
			for (AuditEntry entry : page) {
				line(writer,
						Stream.of(String.valueOf(entry.id()), TIME.format(entry.occurredAt()), entry.actor(),
								entry.action(), actionLabel(entry.action(), locale), entry.target(),
								message("identity.audit.outcome." + entry.outcome(), locale), entry.clientIp(),
								entry.detail(), entry.prevHash(), entry.hash()));
			}
			if (page.size() < 1000) {
				return;
			}
			after = page.get(page.size() - 1).id();
		}
	}

	private String actionLabel(String action, Locale locale) {
		return this.messages.getMessage("identity.audit.action." + action, null, action, locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static void line(Writer writer, Stream<String> cells) throws IOException {
		writer.write(String.join(",", cells.map(AuditExport::cell).toList()));
		writer.write("\r\n");
	}

	/**
	 * One CSV cell (RFC 4180), defused so that a spreadsheet does not run a value that
	 * starts like a formula.
	 */
	static String cell(String value) {
		String text = Objects.toString(value, "");
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
