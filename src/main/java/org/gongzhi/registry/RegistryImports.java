package org.gongzhi.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.identity.DataScope;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.registry.HouseForms.HouseForm;
import org.gongzhi.registry.ImportBatches.Cache;
import org.gongzhi.registry.ImportBatches.Outcome;
import org.gongzhi.registry.ImportBatches.PersonRow;
import org.gongzhi.registry.ImportBatches.Valid;
import org.gongzhi.registry.PlaceForms.OrganizationForm;
import org.gongzhi.registry.PlaceForms.PlaceForm;
import org.gongzhi.registry.RegistrySheet.Column;
import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an Excel file of persons (with households and houses), places or organizations
 * in the background: every row is checked as the API checks it, the valid ones are
 * written in batches of {@link #BATCH}, each batch in one transaction with the progress,
 * and the rows in error come back as a downloadable workbook that names the row and
 * column of each problem. Importing the same file again changes nothing; an interrupted
 * import resumes after its last committed batch when the same file is uploaded again.
 */
@Service
class RegistryImports {

	static final int BATCH = 1000;

	static final String ERROR_FILE = "registry.import-errors";

	private static final Logger log = LoggerFactory.getLogger(RegistryImports.class);

	/** A running import not heard of for this long was interrupted (its node stopped). */
	private static final Duration STALE = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final ImportBatches batches;

	private final RegistryAccess access;

	private final SheetTexts texts;

	private final PersonalDataVault vault;

	private final AuditLog audit;

	private final Validator validator;

	private final OrgUnits units;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "registry-import");
		thread.setDaemon(true);
		return thread;
	});

	RegistryImports(JdbcClient jdbc, ImportBatches batches, RegistryAccess access, SheetTexts texts,
			PersonalDataVault vault, AuditLog audit, Validator validator, OrgUnits units,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.access = access;
		this.texts = texts;
		this.vault = vault;
		this.audit = audit;
		this.validator = validator;
		this.units = units;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Keeps the uploaded file and starts importing it (or resumes the interrupted import
	 * of the same file).
	 * @return the import
	 */
	Job start(RegistrySheet sheet, String fileName, InputStream content, Locale locale) {
		if (!this.vault.configured()) {
			throw new org.gongzhi.shared.problem.GongzhiException(
					org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "registry-keys-missing",
					"registry.protection.not-configured");
		}
		String username = this.access.user().getUsername();
		Path file;
		String hash;
		try {
			file = Files.createTempFile("gongzhi-registry-import", ".xlsx");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = content;
					OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
				in.transferTo(out);
			}
			hash = java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		if (Files.isRegularFile(file) && sizeOf(file) == 0) {
			deleteQuietly(file);
			throw new InvalidInputException("registry.import.no-file");
		}
		Instant now = this.clock.instant();
		Timestamp staleBefore = Timestamp.from(now.minus(STALE));
		boolean busy = this.jdbc
			.sql("select count(*) from registry_import where username = ? and status = 'RUNNING' and updated_at >= ?")
			.params(username, staleBefore)
			.query(Long.class)
			.single() > 0;
		if (busy) {
			deleteQuietly(file);
			throw new ConflictException("registry.import.busy");
		}
		String name = (fileName != null && fileName.length() > 200) ? fileName.substring(0, 200) : fileName;
		Optional<long[]> interrupted = this.jdbc
			.sql("select id, committed_rows from registry_import where username = ? and entity = ? and file_hash = ?"
					+ " and status in ('RUNNING', 'FAILED') order by id desc fetch first 1 rows only")
			.params(username, sheet.name(), hash)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		long id;
		int resumeAfter;
		if (interrupted.isPresent()) {
			id = interrupted.get()[0];
			resumeAfter = (int) interrupted.get()[1];
			this.jdbc
				.sql("update registry_import set status = 'RUNNING', error_key = null, updated_at = ?, done_rows = 0,"
						+ " error_rows = 0, error_file = null where id = ?")
				.params(Timestamp.from(now), id)
				.update();
		}
		else {
			org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
			this.jdbc.sql(
					"insert into registry_import (entity, file_hash, file_name, username, status, total_rows, done_rows,"
							+ " committed_rows, imported, unchanged, error_rows, started_at, updated_at)"
							+ " values (?, ?, ?, ?, 'RUNNING', 0, 0, 0, 0, 0, 0, ?, ?)")
				.params(sheet.name(), hash, name, username, Timestamp.from(now), Timestamp.from(now))
				.update(keys, "id");
			id = keys.getKey().longValue();
			resumeAfter = 0;
		}
		this.audit.record("REGISTRY_IMPORT_STARTED", "registry-import:" + id, AuditEntry.Outcome.SUCCESS,
				"entity=" + sheet.slug() + " sha256=" + hash.substring(0, 16)
						+ ((resumeAfter > 0) ? " resumed after row " + resumeAfter : ""));
		DataScope scope = this.access.scope();
		long jobId = id;
		this.worker.execute(new DelegatingSecurityContextRunnable(
				() -> run(jobId, sheet, file, locale, scope, username, resumeAfter)));
		return job(id);
	}

	/** An import of the caller; 404 for another user's. */
	Job job(long id) {
		String username = this.access.user().getUsername();
		return this.jdbc.sql("select * from registry_import where id = ? and username = ?")
			.params(id, username)
			.query((rs, row) -> new Job(rs.getLong("id"), RegistrySheet.valueOf(rs.getString("entity")),
					rs.getString("file_name"), Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
					rs.getInt("done_rows"), rs.getInt("committed_rows"), rs.getInt("imported"), rs.getInt("unchanged"),
					rs.getInt("error_rows"), rs.getString("error_key"), rs.getString("error_file") != null,
					rs.getTimestamp("started_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("registry.import.not-found"));
	}

	/** The caller's latest import, if any. */
	Optional<Job> latest() {
		String username = this.access.user().getUsername();
		return this.jdbc.sql("select max(id) from registry_import where username = ?")
			.param(username)
			.query(Long.class)
			.optional()
			.map(this::job);
	}

	/** The error workbook of an import of the caller; its download is audited. */
	byte[] errorFile(long id) {
		job(id);
		String stored = this.jdbc.sql("select error_file from registry_import where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (stored == null) {
			throw new NotFoundException("registry.import.no-errors");
		}
		this.audit.record("REGISTRY_IMPORT_ERRORS_DOWNLOADED", "registry-import:" + id, AuditEntry.Outcome.SUCCESS,
				null);
		return this.vault.decryptBytes(ERROR_FILE, stored);
	}

	private void run(long id, RegistrySheet sheet, Path file, Locale locale, DataScope scope, String username,
			int resumeAfter) {
		LocaleContextHolder.setLocale(locale);
		long started = System.nanoTime();
		try {
			int[] rows = { 0 };
			XlsxRows.read(file, (number, cells) -> {
				if (!blank(cells)) {
					rows[0]++;
				}
			});
			int total = Math.max(0, rows[0] - 1);
			this.jdbc.sql("update registry_import set total_rows = ?, updated_at = ? where id = ?")
				.params(total, Timestamp.from(this.clock.instant()), id)
				.update();
			Run run = new Run(id, sheet, locale, scope, username, resumeAfter);
			XlsxRows.read(file, run::row);
			run.finish();
			log.info("Registry import {} ({}) done: {} rows, {} imported, {} unchanged, {} in error, {} ms", id,
					sheet.slug(), run.done, run.imported, run.unchanged, run.errors.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (XlsxRows.Unreadable ex) {
			fail(id, "registry.import.unreadable");
		}
		catch (MissingColumns ex) {
			fail(id, "registry.import.missing-columns");
		}
		catch (RuntimeException ex) {
			log.error("Registry import {} failed", id, ex);
			fail(id, "registry.import.failed");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
			deleteQuietly(file);
		}
	}

	private void fail(long id, String key) {
		this.jdbc.sql("update registry_import set status = 'FAILED', error_key = ?, updated_at = ? where id = ?")
			.params(key, Timestamp.from(this.clock.instant()), id)
			.update();
	}

	/** One run through a file. */
	private final class Run {

		private final long id;

		private final RegistrySheet sheet;

		private final Locale locale;

		private final DataScope scope;

		private final String username;

		private final int resumeAfter;

		private final Map<String, Column> headers;

		private Map<Integer, Column> columns;

		private List<String> headerCells;

		private final List<ErrorRow> errors = new ArrayList<>();

		private final List<Object> pending = new ArrayList<>();

		private final Map<Integer, List<String>> pendingCells = new HashMap<>();

		private int lastPendingRow;

		private final Set<String> seenIds = new HashSet<>();

		private final Map<String, Boolean> grids = new HashMap<>();

		private final Map<Column, Map<String, Enum<?>>> choices = new HashMap<>();

		private final Cache cache = new Cache();

		private int done;

		private int imported;

		private int unchanged;

		private int committed;

		Run(long id, RegistrySheet sheet, Locale locale, DataScope scope, String username, int resumeAfter) {
			this.id = id;
			this.sheet = sheet;
			this.locale = locale;
			this.scope = scope;
			this.username = username;
			this.resumeAfter = resumeAfter;
			this.committed = resumeAfter;
			this.headers = RegistryImports.this.texts.headers(sheet);
			for (Column column : sheet.columns()) {
				if (column.type() == RegistrySheet.Type.CHOICE) {
					this.choices.put(column, RegistryImports.this.texts.choices(column));
				}
			}
		}

		void row(int number, List<String> cells) {
			if (blank(cells)) {
				return;
			}
			if (this.columns == null) {
				header(cells);
				return;
			}
			this.done++;
			Map<Integer, String> problems = new LinkedHashMap<>();
			Object valid = switch (this.sheet) {
				case PERSONS -> person(number, cells, problems);
				case PLACES -> place(number, cells, problems);
				case ORGANIZATIONS -> organization(number, cells, problems);
			};
			if (!problems.isEmpty()) {
				this.errors.add(new ErrorRow(number, cells, problems));
			}
			else if (number > this.resumeAfter) {
				this.pending.add(valid);
				this.pendingCells.put(number, cells);
				this.lastPendingRow = number;
			}
			if (this.pending.size() >= BATCH) {
				flush();
			}
			else if (this.done % BATCH == 0) {
				progress();
			}
		}

		private void header(List<String> cells) {
			Map<Integer, Column> found = new LinkedHashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				Column column = this.headers.get(SheetTexts.normalize(cells.get(i)));
				if (column != null) {
					found.put(i, column);
				}
			}
			if (found.size() < 2) {
				// a title or watermark row above the header
				return;
			}
			List<String> missing = this.sheet.columns()
				.stream()
				.filter((column) -> column.required() && !found.containsValue(column))
				.map((column) -> RegistryImports.this.texts.header(column, this.locale))
				.toList();
			if (!missing.isEmpty()) {
				throw new MissingColumns(missing);
			}
			this.columns = found;
			this.headerCells = cells;
		}

		/** The typed values of a row by column key; problems by cell index. */
		private Map<String, Object> values(List<String> cells, Map<Integer, String> problems) {
			Map<String, Object> values = new HashMap<>();
			for (Map.Entry<Integer, Column> entry : this.columns.entrySet()) {
				int index = entry.getKey();
				Column column = entry.getValue();
				String cell = (index < cells.size()) ? cells.get(index).strip() : "";
				if (cell.isEmpty()) {
					if (column.required()) {
						problems.put(index, text("registry.import.required"));
					}
					continue;
				}
				try {
					values.put(column.key(), switch (column.type()) {
						case TEXT -> cell;
						case INTEGER -> SheetTexts.integer(cell);
						case DECIMAL -> SheetTexts.decimal(cell);
						case DATE -> SheetTexts.date(cell);
						case CHOICE -> choice(column, cell);
					});
				}
				catch (RuntimeException ex) {
					problems.put(index, switch (column.type()) {
						case DATE -> text("registry.import.bad-date");
						case CHOICE -> text("registry.import.bad-choice", String.join("、", labels(column)));
						default -> text("registry.import.bad-number");
					});
				}
			}
			return values;
		}

		private Enum<?> choice(Column column, String cell) {
			Enum<?> value = this.choices.get(column).get(SheetTexts.normalize(cell));
			if (value == null) {
				throw new IllegalArgumentException("no such choice");
			}
			return value;
		}

		private List<String> labels(Column column) {
			List<String> labels = new ArrayList<>();
			for (Enum<?> value : column.values()) {
				labels.add(RegistryImports.this.texts.label(column, value, this.locale));
			}
			return labels;
		}

		private Object person(int number, List<String> cells, Map<Integer, String> problems) {
			Map<String, Object> v = values(cells, problems);
			HouseForm house = new HouseForm(str(v, "gridCode"), str(v, "buildingCode"), str(v, "address"),
					str(v, "unitNo"), (Integer) v.get("floorNo"), str(v, "roomNo"), (BigDecimal) v.get("area"),
					(HouseUse) v.getOrDefault("use", HouseUse.RESIDENTIAL),
					(Occupancy) v.getOrDefault("occupancy", Occupancy.OWNER_OCCUPIED), null, null);
			IdType idType = (IdType) v.getOrDefault("idType", IdType.RESIDENT_ID);
			PersonForm person = new PersonForm(-1L, str(v, "name"), (Gender) v.get("gender"),
					(LocalDate) v.get("birthDate"), idType, str(v, "idNumber"), str(v, "phone"),
					(Residence) v.getOrDefault("residence", Residence.REGISTERED), str(v, "ethnicity"),
					(Education) v.get("education"), str(v, "workUnit"), (Relation) v.get("relation"),
					(LocalDate) v.get("moveInDate"));
			violations(this.validator().validate(house), problems);
			violations(this.validator().validate(person), problems);
			checkGrid(house.gridCode(), house.buildingCode(), problems);
			if (!problems.isEmpty()) {
				return null;
			}
			String idHash = RegistryImports.this.vault.searchHash("id:" + idType.name(), person.idNumber());
			if (!this.seenIds.add(idHash)) {
				problems.put(index("idNumber"), text("registry.import.duplicate-in-file"));
				return null;
			}
			String phoneHash = (person.phone() != null) ? RegistryImports.this.vault.searchHash("phone", person.phone())
					: null;
			String household = str(v, "household");
			return new PersonRow(number, house.gridCode().strip(), house, (household != null) ? household : "1", person,
					idHash, phoneHash, "import " + this.id + " row " + number);
		}

		private Object place(int number, List<String> cells, Map<Integer, String> problems) {
			Map<String, Object> v = values(cells, problems);
			PlaceForm form = new PlaceForm(str(v, "gridCode"), str(v, "name"), (PlaceKind) v.get("placeKind"),
					str(v, "address"), dbl(v, "lat"), dbl(v, "lng"), str(v, "contactName"), str(v, "phone"),
					(RiskLevel) v.get("riskLevel"));
			violations(this.validator().validate(form), problems);
			checkGrid(form.gridCode(), null, problems);
			return problems.isEmpty() ? new Valid<>(number, form) : null;
		}

		private Object organization(int number, List<String> cells, Map<Integer, String> problems) {
			Map<String, Object> v = values(cells, problems);
			OrganizationForm form = new OrganizationForm(str(v, "gridCode"), str(v, "name"),
					(OrganizationKind) v.get("organizationKind"), str(v, "creditCode"), str(v, "address"),
					dbl(v, "lat"), dbl(v, "lng"), str(v, "contactName"), str(v, "phone"));
			violations(this.validator().validate(form), problems);
			checkGrid(form.gridCode(), null, problems);
			if (problems.isEmpty() && form.creditCode() != null
					&& !this.seenIds.add(SocialCreditCodes.normalize(form.creditCode()))) {
				problems.put(index("creditCode"), text("registry.import.duplicate-in-file"));
			}
			return problems.isEmpty() ? new Valid<>(number, form) : null;
		}

		private Validator validator() {
			return RegistryImports.this.validator;
		}

		/** Problems of the forms on the columns of their fields; the first per cell. */
		private void violations(Set<? extends ConstraintViolation<?>> violations, Map<Integer, String> problems) {
			for (ConstraintViolation<?> violation : violations) {
				String field = violation.getPropertyPath().toString();
				String key = switch (field) {
					case "kind" -> (this.sheet == RegistrySheet.PLACES) ? "placeKind" : "organizationKind";
					default -> field;
				};
				int index = index(key);
				if (index < 0 && "householdId".equals(field)) {
					continue;
				}
				problems.putIfAbsent(index, violation.getMessage());
			}
		}

		private void checkGrid(String gridCode, String buildingCode, Map<Integer, String> problems) {
			if (gridCode == null || gridCode.isBlank() || problems.containsKey(index("gridCode"))) {
				return;
			}
			String code = gridCode.strip();
			boolean known = this.grids.computeIfAbsent(code,
					(candidate) -> this.scope.covers(candidate) && RegistryImports.this.units.find(candidate)
						.map((unit) -> unit.level() == OrgLevel.GRID)
						.orElse(false));
			if (!known) {
				problems.put(index("gridCode"), text("registry.import.grid-unknown"));
				return;
			}
			if (buildingCode != null && !buildingCode.isBlank()) {
				Optional<OrgUnit> building = RegistryImports.this.units.find(buildingCode.strip());
				if (building.isEmpty() || building.get().level() != OrgLevel.BUILDING
						|| !code.equals(building.get().parentCode())) {
					problems.put(index("buildingCode"), text("registry.house.building-unknown"));
				}
			}
		}

		private int index(String key) {
			for (Map.Entry<Integer, Column> entry : this.columns.entrySet()) {
				if (entry.getValue().key().equals(key)) {
					return entry.getKey();
				}
			}
			return -1;
		}

		@SuppressWarnings("unchecked")
		private void flush() {
			if (this.pending.isEmpty()) {
				progress();
				return;
			}
			List<Object> rows = new ArrayList<>(this.pending);
			int upTo = this.lastPendingRow;
			Outcome outcome = RegistryImports.this.transactions.execute((status) -> {
				Outcome result = switch (this.sheet) {
					case PERSONS -> RegistryImports.this.batches.persons((List<PersonRow>) (List<?>) rows, this.scope,
							this.username, this.cache);
					case PLACES -> RegistryImports.this.batches.places((List<Valid<PlaceForm>>) (List<?>) rows);
					case ORGANIZATIONS -> RegistryImports.this.batches
						.organizations((List<Valid<OrganizationForm>>) (List<?>) rows, this.scope);
				};
				refused(rows, result);
				this.committed = upTo;
				save(result.imported, result.unchanged);
				return result;
			});
			this.imported += outcome.imported;
			this.unchanged += outcome.unchanged;
			this.pending.clear();
			this.pendingCells.clear();
		}

		/** Rows refused by what is stored join the rows in error. */
		private void refused(List<Object> rows, Outcome outcome) {
			if (outcome.refused.isEmpty()) {
				return;
			}
			String column = (this.sheet == RegistrySheet.ORGANIZATIONS) ? "creditCode" : "idNumber";
			for (Map.Entry<Integer, String> refusal : outcome.refused.entrySet()) {
				Map<Integer, String> problems = new LinkedHashMap<>();
				problems.put(index(column), text(refusal.getValue()));
				this.errors.add(new ErrorRow(refusal.getKey(),
						this.pendingCells.getOrDefault(refusal.getKey(), List.of()), problems));
			}
		}

		private void save(int importedNow, int unchangedNow) {
			RegistryImports.this.jdbc
				.sql("update registry_import set done_rows = ?, committed_rows = ?, imported = imported + ?,"
						+ " unchanged = unchanged + ?, error_rows = ?, updated_at = ? where id = ?")
				.params(this.done, this.committed, importedNow, unchangedNow, this.errors.size(),
						Timestamp.from(RegistryImports.this.clock.instant()), this.id)
				.update();
		}

		private void progress() {
			save(0, 0);
		}

		void finish() {
			if (this.columns == null) {
				throw new MissingColumns(List.of());
			}
			flush();
			String errorFile = this.errors.isEmpty() ? null
					: RegistryImports.this.vault.encryptBytes(ERROR_FILE, errorWorkbook());
			RegistryImports.this.transactions.executeWithoutResult((status) -> {
				RegistryImports.this.jdbc
					.sql("update registry_import set status = 'DONE', done_rows = ?, error_rows = ?, error_file = ?,"
							+ " updated_at = ?, finished_at = ? where id = ?")
					.params(this.done, this.errors.size(), errorFile,
							Timestamp.from(RegistryImports.this.clock.instant()),
							Timestamp.from(RegistryImports.this.clock.instant()), this.id)
					.update();
				RegistryImports.this.audit.record("REGISTRY_IMPORTED", "registry-import:" + this.id,
						AuditEntry.Outcome.SUCCESS, "entity=" + this.sheet.slug() + " rows=" + this.done + " imported="
								+ this.imported + " unchanged=" + this.unchanged + " errors=" + this.errors.size());
			});
		}

		/**
		 * The rows in error as uploaded, their bad cells marked, and a last column naming
		 * each problem by column: correct it and upload this file again.
		 */
		private byte[] errorWorkbook() {
			this.errors.sort(java.util.Comparator.comparingInt(ErrorRow::number));
			// shared strings, as Excel writes them, so that any program edits the file
			// cleanly
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true)) {
				Sheet sheet = workbook.createSheet(text("registry.import.errors-sheet"));
				CellStyle bold = workbook.createCellStyle();
				Font font = workbook.createFont();
				font.setBold(true);
				bold.setFont(font);
				CellStyle bad = workbook.createCellStyle();
				bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
				bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				CellStyle textStyle = workbook.createCellStyle();
				textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
				Row header = sheet.createRow(0);
				int width = this.headerCells.size();
				for (int i = 0; i < width; i++) {
					header.createCell(i).setCellValue(this.headerCells.get(i));
					header.getCell(i).setCellStyle(bold);
				}
				header.createCell(width).setCellValue(text("registry.import.errors-row"));
				header.getCell(width).setCellStyle(bold);
				header.createCell(width + 1).setCellValue(text("registry.import.errors-column"));
				header.getCell(width + 1).setCellStyle(bold);
				int index = 1;
				for (ErrorRow error : this.errors) {
					Row row = sheet.createRow(index++);
					List<String> cells = (error.cells() != null) ? error.cells() : List.of();
					for (int i = 0; i < width; i++) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
						cell.setCellValue((i < cells.size()) ? cells.get(i) : "");
						cell.setCellStyle(error.problems().containsKey(i) ? bad : textStyle);
					}
					row.createCell(width).setCellValue(error.number());
					List<String> notes = new ArrayList<>();
					new java.util.TreeMap<>(error.problems()).forEach((column,
							message) -> notes.add((this.columns.containsKey(column)
									? RegistryImports.this.texts.header(this.columns.get(column), this.locale) + "："
									: "") + message));
					row.createCell(width + 1).setCellValue(String.join("；", notes));
				}
				sheet.createFreezePane(0, 1);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				workbook.write(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private String text(String key, Object... arguments) {
			return RegistryImports.this.texts.text(key, this.locale, arguments);
		}

	}

	private static String str(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value != null) ? value.toString() : null;
	}

	private static Double dbl(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value instanceof BigDecimal decimal) ? decimal.doubleValue() : null;
	}

	static boolean blank(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove the import file {}", file);
		}
	}

	/** Required columns missing from the file's header. */
	private static final class MissingColumns extends RuntimeException {

		MissingColumns(List<String> names) {
			super("missing columns " + names, null, false, false);
		}

	}

	/** A row in error: its cells as uploaded and the problem of each bad cell. */
	record ErrorRow(int number, List<String> cells, Map<Integer, String> problems) {
	}

	/** Where an import stands. */
	enum Status {

		RUNNING, DONE, FAILED

	}

	/**
	 * An import.
	 *
	 * @param id its id
	 * @param sheet what it imports
	 * @param fileName the uploaded file's name
	 * @param status running, done or failed
	 * @param total data rows in the file
	 * @param done rows read so far
	 * @param committed the last row number written
	 * @param imported records added
	 * @param unchanged rows already registered
	 * @param errors rows in error
	 * @param errorKey why it failed
	 * @param hasErrorFile whether an error workbook can be downloaded
	 * @param startedAt when it started
	 */
	record Job(long id, RegistrySheet sheet, String fileName, Status status, int total, int done, int committed,
			int imported, int unchanged, int errors, String errorKey, boolean hasErrorFile, Instant startedAt) {

		public boolean running() {
			return this.status == Status.RUNNING;
		}

		public int percent() {
			if (this.status == Status.DONE) {
				return 100;
			}
			return (this.total > 0) ? Math.min(99, (int) (100L * this.done / this.total)) : 0;
		}

	}

}
