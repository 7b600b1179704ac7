package org.gongzhi.org;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

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
 * line numbers. New units are committed in chunks, so an interrupted import is resumed by
 * running it again.
 */
@Service
public class DivisionImporter {

	private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);

	private static final int RENAME_BATCH = 2000;

	private static final int PROGRESS_EVERY = 10_000;

	private final JdbcTemplate jdbc;

	private final ResourceLoader resources;

	private final Clock clock;

	private final UnitTable table;

	DivisionImporter(JdbcTemplate jdbc, ResourceLoader resources, Clock clock, UnitTable table) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.clock = clock;
		this.table = table;
	}

	/**
	 * Imports from {@code location}: a folder path, or a Spring resource location ending
	 * in '/'.
	 * @param root only this code's subtree and its ancestors, or {@code null} for
	 * everything
	 */
	public ImportSummary importFrom(String location, String root, ImportProgress progress) {
		long started = System.nanoTime();
		if (root != null && !root.matches("[0-9]{2,12}")) {
			throw new InvalidInputException("org.import.bad-root", root);
		}
		Map<DivisionFile, Resource> files = open(location);
		Instant now = this.clock.instant();
		DivisionRun run = new DivisionRun(root, now);
		long parsing;
		long closing;
		try (DivisionBlocks blocks = new DivisionBlocks(files)) {
			this.table.readDivisions(root, run.units());
			parsing = System.nanoTime();
			try (UnitTable.Batch inserts = this.table.start(now)) {
				read(blocks, run, inserts, progress, started);
				run.end(inserts);
				closing = System.nanoTime();
			}
			rename(run);
			progress.update("", run.done(), blocks.total(), rate(run.done(), started));
		}
		ImportSummary summary = run.summary(Duration.ofNanos(System.nanoTime() - started));
		log.info(
				"Division import from {}: {} read, {} added, {} updated, {} unchanged, {} bad rows in {} ms"
						+ " (existing units read in {} ms, files parsed and sent in {} ms, committed in {} ms)",
				location, summary.read(), summary.added(), summary.updated(), summary.unchanged(),
				summary.badRows().size(), summary.took().toMillis(), (parsing - started) / 1_000_000,
				(closing - parsing) / 1_000_000, (System.nanoTime() - closing) / 1_000_000);
		return summary;
	}

	private void read(DivisionBlocks blocks, DivisionRun run, UnitTable.Batch inserts, ImportProgress progress,
			long started) {
		long lineNo = 0;
		for (DivisionBlocks.Block block = blocks.next(); block != null; block = blocks.next()) {
			if (block.first()) {
				lineNo = 0;
			}
			for (int line = 0; line < block.lines(); line++) {
				lineNo++;
				if (lineNo == 1) {
					continue;
				}
				run.line(block.file(), block.fileName(), lineNo, block.bytes(), block.starts()[line],
						block.ends()[line], inserts);
				if (run.done() % PROGRESS_EVERY == 0 && blocks.total() >= 0) {
					progress.update(block.fileName(), run.done(), blocks.total(), rate(run.done(), started));
				}
			}
			if (run.renames().size() >= RENAME_BATCH) {
				rename(run);
			}
		}
	}

	private void rename(DivisionRun run) {
		if (!run.renames().isEmpty()) {
			Timestamp now = Timestamp.from(run.now());
			this.jdbc.batchUpdate("update org_unit set name = ?, updated_at = ? where code = ?",
					run.renames().stream().map((r) -> new Object[] { r.name(), now, r.code() }).toList());
			run.renames().clear();
		}
	}

	private Map<DivisionFile, Resource> open(String location) {
		String base = location.contains(":") && !Path.of(location).isAbsolute() ? location
				: Path.of(location).toAbsolutePath().toUri().toString();
		if (!base.endsWith("/")) {
			base = base + "/";
		}
		Map<DivisionFile, Resource> files = new EnumMap<>(DivisionFile.class);
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

	private static double rate(long done, long started) {
		double seconds = (System.nanoTime() - started) / 1e9;
		return (seconds > 0) ? done / seconds : 0;
	}

}
