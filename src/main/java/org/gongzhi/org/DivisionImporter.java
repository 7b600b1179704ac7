package org.gongzhi.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports the National Bureau of Statistics divisions (provinces → villages) into the org
 * tree. Idempotent: existing units are compared by code, so a second run changes nothing
 * and a newer file only renames and adds. Bad rows are skipped and reported with their
 * line numbers. Each batch commits on its own, so an interrupted import is resumed by
 * running it again.
 */
@Service
public class DivisionImporter {

	private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);

	private static final int UPDATE_BATCH = 2000;

	private static final int PROGRESS_EVERY = 10_000;

	private final JdbcTemplate jdbc;

	private final ResourceLoader resources;

	private final Clock clock;

	private final UnitBulkInsert bulk;

	DivisionImporter(JdbcTemplate jdbc, ResourceLoader resources, Clock clock, UnitBulkInsert bulk) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.clock = clock;
		this.bulk = bulk;
	}

	/**
	 * Imports from {@code location}: a folder path, or a Spring resource location ending
	 * in '/'.
	 * @param root only this code's subtree and its ancestors, or {@code null} for
	 * everything
	 */
	public ImportSummary importFrom(String location, String root, ImportProgress progress) {
		long started = System.nanoTime();
		Map<DivisionFile, Resource> files = open(location);
		Run run = new Run(root, progress, countRows(files.values()), started);
		loadExisting(run, root);
		try (UnitBulkInsert.Batch inserts = this.bulk.start()) {
			run.inserts = inserts;
			for (Map.Entry<DivisionFile, Resource> file : files.entrySet()) {
				readFile(run, file.getKey(), file.getValue());
			}
		}
		progress.update("", run.done, run.total, run.rate());
		ImportSummary summary = new ImportSummary(run.read, run.added, run.updated, run.unchanged, List.copyOf(run.bad),
				Duration.ofNanos(System.nanoTime() - started));
		log.info("Division import from {}: {} read, {} added, {} updated, {} unchanged, {} bad rows in {} ms", location,
				summary.read(), summary.added(), summary.updated(), summary.unchanged(), summary.badRows().size(),
				summary.took().toMillis());
		return summary;
	}

	private Map<DivisionFile, Resource> open(String location) {
		String base = location.contains(":") && !Path.of(location).isAbsolute() ? location
				: Path.of(location).toAbsolutePath().toUri().toString();
		if (!base.endsWith("/")) {
			base = base + "/";
		}
		Map<DivisionFile, Resource> files = new java.util.EnumMap<>(DivisionFile.class);
		for (DivisionFile file : DivisionFile.values()) {
			Resource gz = this.resources.getResource(base + file.baseName() + ".csv.gz");
			Resource plain = this.resources.getResource(base + file.baseName() + ".csv");
			Resource found = gz.exists() ? gz : plain.exists() ? plain : null;
			if (found == null) {
				throw new InvalidInputException("org.import.missing-file", file.baseName() + ".csv(.gz)", location);
			}
			files.put(file, found);
		}
		return files;
	}

	private void loadExisting(Run run, String root) {
		String filter = (root != null) ? " where code like ? or ? like concat(code, '%')" : "";
		Object[] args = (root != null) ? new Object[] { root + "%", root } : new Object[0];
		this.jdbc.query("select code, name, level, path from org_unit" + filter, (rs) -> {
			String code = rs.getString(1);
			run.names.put(code, rs.getString(2));
			if (!OrgLevel.COMMUNITY.name().equals(rs.getString(3))) {
				run.paths.put(code, rs.getString(4));
			}
		}, args);
	}

	private void readFile(Run run, DivisionFile file, Resource resource) {
		String fileName = resource.getFilename();
		try (BufferedReader reader = reader(resource)) {
			reader.readLine();
			long lineNo = 1;
			String line;
			while ((line = reader.readLine()) != null) {
				lineNo++;
				run.done++;
				if (!line.isBlank()) {
					readRow(run, file, fileName, lineNo, line);
				}
				if (run.done % PROGRESS_EVERY == 0) {
					run.progress.update(fileName, run.done, run.total, run.rate());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		flushUpdates(run);
	}

	private void readRow(Run run, DivisionFile file, String fileName, long lineNo, String line) {
		List<String> fields;
		try {
			fields = CsvLine.split(line);
		}
		catch (IllegalArgumentException ex) {
			run.bad.add(new ImportSummary.BadRow(fileName, lineNo, "org.import.bad.quoting", ex.getMessage()));
			return;
		}
		String code = fields.get(0);
		if (!run.inScope(code)) {
			return;
		}
		run.read++;
		OrgLevel level = file.level();
		if (code.length() != level.codeLength() || !code.chars().allMatch(Character::isDigit)) {
			run.bad.add(new ImportSummary.BadRow(fileName, lineNo, "org.import.bad.code", code));
			return;
		}
		String name = (fields.size() > 1) ? fields.get(1) : "";
		String parent = (file.parentColumn() < 0) ? null
				: (fields.size() > file.parentColumn()) ? fields.get(file.parentColumn()) : "";
		if (name.isEmpty()) {
			run.bad.add(new ImportSummary.BadRow(fileName, lineNo, "org.import.bad.name", code));
			return;
		}
		if (parent != null && !run.paths.containsKey(parent)) {
			run.bad.add(new ImportSummary.BadRow(fileName, lineNo, "org.import.bad.parent", parent));
			return;
		}
		String path = ((parent == null) ? "/" : run.paths.get(parent)) + code + "/";
		String existing = run.names.put(code, name);
		if (existing == null) {
			run.inserts.add(new Object[] { code, name, level.name(), parent, path, run.now });
			run.added++;
		}
		else if (!existing.equals(name)) {
			run.updates.add(new Object[] { name, run.now, code });
			run.updated++;
		}
		else {
			run.unchanged++;
		}
		if (level != OrgLevel.COMMUNITY) {
			run.paths.put(code, path);
		}
		if (run.updates.size() >= UPDATE_BATCH) {
			flushUpdates(run);
		}
	}

	private void flushUpdates(Run run) {
		if (!run.updates.isEmpty()) {
			this.jdbc.batchUpdate("update org_unit set name = ?, updated_at = ? where code = ?", run.updates);
			run.updates.clear();
		}
	}

	private static long countRows(Iterable<Resource> files) {
		long rows = 0;
		for (Resource file : files) {
			try (BufferedReader reader = reader(file)) {
				rows += reader.lines().count() - 1;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return rows;
	}

	private static BufferedReader reader(Resource resource) throws IOException {
		InputStream in = resource.getInputStream();
		String name = resource.getFilename();
		if (name != null && name.endsWith(".gz")) {
			in = new GZIPInputStream(in, 1 << 16);
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
	}

	/** The state of one import run. */
	private final class Run {

		final String root;

		final ImportProgress progress;

		final long total;

		final long started;

		final Timestamp now = Timestamp.from(DivisionImporter.this.clock.instant());

		final Map<String, String> names = new HashMap<>();

		final Map<String, String> paths = new HashMap<>();

		UnitBulkInsert.Batch inserts;

		final List<Object[]> updates = new ArrayList<>();

		final List<ImportSummary.BadRow> bad = new ArrayList<>();

		long done;

		long read;

		long added;

		long updated;

		long unchanged;

		Run(String root, ImportProgress progress, long total, long started) {
			this.root = root;
			this.progress = progress;
			this.total = total;
			this.started = started;
		}

		boolean inScope(String code) {
			return this.root == null || code.startsWith(this.root) || this.root.startsWith(code);
		}

		double rate() {
			double seconds = (System.nanoTime() - this.started) / 1e9;
			return (seconds > 0) ? this.done / seconds : 0;
		}

	}

}
