package org.gongzhi.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.identity.DataScope;
import org.gongzhi.registry.RegistrySheet.Column;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's workbooks: an empty template per entity (headers in the reader's
 * language, text cells for numbers that must keep their digits, lists for the choices)
 * and minimized exports: only the columns chosen, ID numbers and phones masked, rows of
 * the caller's scope only, a watermark naming who exported when (first row, page header
 * and footer), recorded in the audit log before a row is written.
 */
@Service
class RegistryExports {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel's limit, less the watermark and header rows. */
	static final int MAX_ROWS = 1_048_000;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Columns whose digits must survive Excel: kept as text. */
	private static final Set<String> TEXT_COLUMNS = Set.of("gridCode", "buildingCode", "idNumber", "phone",
			"creditCode", "household", "unitNo", "roomNo");

	private final JdbcTemplate jdbc;

	private final SheetTexts texts;

	private final RegistryAccess access;

	private final AuditLog audit;

	private final Clock clock;

	RegistryExports(JdbcTemplate jdbc, SheetTexts texts, RegistryAccess access, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The empty template of an entity. */
	void template(RegistrySheet entity, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			SXSSFSheet sheet = workbook.createSheet(this.texts.text("registry.sheet." + entity.slug(), locale));
			Styles styles = new Styles(workbook);
			Row header = sheet.createRow(0);
			DataValidationHelper validations = sheet.getDataValidationHelper();
			List<Column> columns = entity.columns();
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				Cell cell = header.createCell(i);
				cell.setCellValue(this.texts.header(column, locale) + (column.required() ? " *" : ""));
				cell.setCellStyle(column.required() ? styles.required : styles.bold);
				sheet.setColumnWidth(i, 16 * 256);
				if (TEXT_COLUMNS.contains(column.key()) || column.type() == RegistrySheet.Type.DATE) {
					sheet.setDefaultColumnStyle(i, styles.text);
				}
				if (column.type() == RegistrySheet.Type.CHOICE) {
					List<String> labels = new ArrayList<>();
					for (Enum<?> value : column.values()) {
						labels.add(this.texts.label(column, value, locale));
					}
					DataValidation validation = validations.createValidation(
							validations.createExplicitListConstraint(labels.toArray(String[]::new)),
							new CellRangeAddressList(1, 100_000, i, i));
					validation.setShowErrorBox(true);
					sheet.addValidationData(validation);
				}
			}
			sheet.createFreezePane(0, 1);
			Sheet notes = workbook.createSheet(this.texts.text("registry.sheet.notes", locale));
			int index = 0;
			notes.createRow(index++).createCell(0).setCellValue(this.texts.text("registry.template.note", locale));
			for (Column column : columns) {
				Row row = notes.createRow(index++);
				row.createCell(0).setCellValue(this.texts.header(column, locale));
				row.createCell(1)
					.setCellValue(this.texts
						.text(column.required() ? "registry.template.required" : "registry.template.optional", locale));
				row.createCell(2).setCellValue(hint(column, locale));
			}
			notes.setColumnWidth(0, 20 * 256);
			notes.setColumnWidth(2, 80 * 256);
			workbook.write(out);
		}
	}

	private String hint(Column column, Locale locale) {
		if (column.type() == RegistrySheet.Type.CHOICE) {
			List<String> labels = new ArrayList<>();
			for (Enum<?> value : column.values()) {
				labels.add(this.texts.label(column, value, locale));
			}
			return String.join(" / ", labels);
		}
		return this.texts.textOrEmpty("registry.template.hint." + column.key(), locale);
	}

	/**
	 * The columns of an entity an export may hold, in the entity's order; unknown names
	 * are refused.
	 */
	List<Column> chosen(RegistrySheet entity, List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new InvalidInputException("registry.export.no-columns");
		}
		Set<String> wanted = new LinkedHashSet<>(names);
		List<Column> columns = entity.columns().stream().filter((column) -> wanted.contains(column.key())).toList();
		if (columns.size() != wanted.size()) {
			throw new InvalidInputException("registry.export.unknown-column");
		}
		return columns;
	}

	/**
	 * Writes an export of the caller's scope (or an org unit in it), masked and
	 * watermarked; audited first.
	 */
	// not read-only: the audit entry is written in it (and a cursor needs a transaction)
	@Transactional
	void export(RegistrySheet entity, List<Column> columns, String org, Locale locale, OutputStream out)
			throws IOException {
		DataScope scope = this.access.scope();
		String within = (org != null && !org.isBlank()) ? org.strip() : null;
		if (within != null) {
			this.access.requireVisible(within);
		}
		DataScope.SqlPredicate predicate = scope.orgPredicate("x.org_code");
		List<Object> params = new ArrayList<>(predicate.params());
		StringBuilder sql = new StringBuilder(select(entity)).append(" where ").append(predicate.sql());
		if (within != null) {
			sql.append(" and x.org_code like ?");
			params.add(within + "%");
		}
		if (entity == RegistrySheet.PERSONS) {
			sql.append(" and x.household_id is not null");
		}
		sql.append(" order by x.org_code, x.id");
		String user = this.access.user().getUsername();
		String at = LocalDateTime.ofInstant(this.clock.instant(), BEIJING).format(TIME);
		this.audit.record("REGISTRY_EXPORTED", "registry:" + entity.slug(), AuditEntry.Outcome.SUCCESS,
				"org=" + ((within != null) ? within : scope.orgCode()) + " columns="
						+ String.join(",", columns.stream().map(Column::key).toList()));
		String watermark = this.texts.text("registry.export.watermark", locale, user, at);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(this.texts.text("registry.sheet." + entity.slug(), locale));
			Styles styles = new Styles(workbook);
			sheet.getHeader().setCenter(watermark);
			sheet.getFooter().setCenter(watermark);
			Row mark = sheet.createRow(0);
			Cell markCell = mark.createCell(0);
			markCell.setCellValue(watermark);
			markCell.setCellStyle(styles.watermark);
			if (columns.size() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
			}
			Row header = sheet.createRow(1);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(this.texts.header(columns.get(i), locale));
				cell.setCellStyle(styles.bold);
				sheet.setColumnWidth(i, 16 * 256);
			}
			sheet.createFreezePane(0, 2);
			int[] index = { 2 };
			this.jdbc.query((connection) -> {
				java.sql.PreparedStatement ps = connection.prepareStatement(sql.toString());
				ps.setFetchSize(500);
				for (int i = 0; i < params.size(); i++) {
					ps.setObject(i + 1, params.get(i));
				}
				return ps;
			}, (ResultSet rs) -> {
				if (index[0] - 2 >= MAX_ROWS) {
					return;
				}
				Row row = sheet.createRow(index[0]++);
				for (int i = 0; i < columns.size(); i++) {
					row.createCell(i).setCellValue(value(rs, columns.get(i), locale));
				}
			});
			workbook.write(out);
		}
	}

	private static String select(RegistrySheet entity) {
		return switch (entity) {
			case PERSONS -> "select x.*, h.org_code grid_code, h.building_code, h.address, h.unit_no, h.floor_no,"
					+ " h.room_no, h.area, h.house_use, h.occupancy, hh.import_key, hh.id hh_id from registry_person x"
					+ " join registry_household hh on hh.id = x.household_id join registry_house h on h.id = hh.house_id";
			case PLACES -> "select x.*, x.org_code grid_code from registry_place x";
			case ORGANIZATIONS -> "select x.*, x.org_code grid_code from registry_organization x";
		};
	}

	/** A cell of an export: sensitive values only ever in their masked form. */
	private String value(ResultSet rs, Column column, Locale locale) throws SQLException {
		String raw = switch (column.key()) {
			case "gridCode" -> rs.getString("grid_code");
			case "buildingCode" -> rs.getString("building_code");
			case "address" -> rs.getString("address");
			case "unitNo" -> rs.getString("unit_no");
			case "floorNo" -> rs.getString("floor_no");
			case "roomNo" -> rs.getString("room_no");
			case "area" -> (rs.getBigDecimal("area") != null) ? rs.getBigDecimal("area").toPlainString() : null;
			case "use" -> rs.getString("house_use");
			case "occupancy" -> rs.getString("occupancy");
			case "household" ->
				(rs.getString("import_key") != null) ? rs.getString("import_key") : "H" + rs.getLong("hh_id");
			case "idNumber" -> rs.getString("id_number_masked");
			case "phone" -> rs.getString("phone_masked");
			case "birthDate" -> rs.getString("birth_date");
			case "moveInDate" -> rs.getString("move_in_date");
			case "idType" -> rs.getString("id_type");
			case "workUnit" -> rs.getString("work_unit");
			case "placeKind", "organizationKind" -> rs.getString("kind");
			case "contactName" -> rs.getString("contact_name");
			case "creditCode" -> rs.getString("credit_code");
			case "riskLevel" -> rs.getString("risk_level");
			case "lat", "lng" -> (rs.getObject(column.key()) != null) ? rs.getString(column.key()) : null;
			default -> rs.getString(column.key());
		};
		if (raw == null) {
			return "";
		}
		if (column.type() == RegistrySheet.Type.CHOICE) {
			return this.texts.text(column.labelPrefix() + raw, locale);
		}
		if (column.type() == RegistrySheet.Type.DATE && raw.length() > 10) {
			return raw.substring(0, 10);
		}
		return raw;
	}

	/** The cell styles of a workbook. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle required;

		final CellStyle text;

		final CellStyle watermark;

		Styles(SXSSFWorkbook workbook) {
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			Font red = workbook.createFont();
			red.setBold(true);
			red.setColor(IndexedColors.DARK_RED.getIndex());
			this.required = workbook.createCellStyle();
			this.required.setFont(red);
			this.text = workbook.createCellStyle();
			this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Font grey = workbook.createFont();
			grey.setItalic(true);
			grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			this.watermark = workbook.createCellStyle();
			this.watermark.setFont(grey);
		}

	}

}
