package org.gongzhi.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.shared.problem.ConflictException;

import org.springframework.stereotype.Component;

/**
 * Runs one division import at a time in the background and keeps its progress for the
 * page that polls it. An import is idempotent, so a failed or interrupted one is retried
 * by running it again.
 */
@Component
public class DivisionImportJob {

	private static final Logger log = LoggerFactory.getLogger(DivisionImportJob.class);

	private final DivisionImporter importer;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "division-import");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

	DivisionImportJob(DivisionImporter importer) {
		this.importer = importer;
	}

	public State state() {
		return this.state.get();
	}

	/**
	 * Stores the uploaded files and starts importing them.
	 * @param files file name → content, names as in the NBS extract
	 */
	void start(Map<String, InputStream> files, String root) {
		State current = this.state.get();
		if (current.running() || !this.state.compareAndSet(current, State.started())) {
			throw new ConflictException("org.import.busy");
		}
		Path dir;
		try {
			dir = Files.createTempDirectory("gongzhi-divisions");
			for (Map.Entry<String, InputStream> file : files.entrySet()) {
				try (InputStream in = file.getValue()) {
					Files.copy(in, dir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			this.state.set(State.failed("org.import.failed"));
			throw new UncheckedIOException(ex);
		}
		this.worker.execute(() -> run(dir, root));
	}

	private void run(Path dir, String root) {
		try {
			ImportSummary summary = this.importer.importFrom(dir.toString(), root,
					(file, done, total, rate) -> this.state.set(State.progress(file, done, total, rate)));
			this.state.set(State.done(summary));
		}
		catch (RuntimeException ex) {
			log.error("Division import failed", ex);
			String key = (ex instanceof org.gongzhi.shared.problem.GongzhiException known) ? known.messageKey()
					: "org.import.failed";
			this.state.set(State.failed(key));
		}
		finally {
			deleteQuietly(dir);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			log.warn("Could not remove the import folder {}", dir);
		}
	}

	/**
	 * Where the import stands.
	 *
	 * @param status idle, running, done or failed
	 * @param file the file being read
	 * @param done rows read
	 * @param total rows in all files
	 * @param rowsPerSecond the rate so far
	 * @param summary what the finished import did
	 * @param errorKey why it failed
	 */
	public record State(Status status, String file, long done, long total, double rowsPerSecond, ImportSummary summary,
			String errorKey) {

		static final State IDLE = new State(Status.IDLE, "", 0, 0, 0, null, null);

		static State started() {
			return new State(Status.RUNNING, "", 0, 0, 0, null, null);
		}

		static State progress(String file, long done, long total, double rate) {
			return new State(Status.RUNNING, file, done, total, rate, null, null);
		}

		static State done(ImportSummary summary) {
			return new State(Status.DONE, "", summary.read(), summary.read(), 0, summary, null);
		}

		static State failed(String errorKey) {
			return new State(Status.FAILED, "", 0, 0, 0, null, errorKey);
		}

		public boolean running() {
			return this.status == Status.RUNNING;
		}

		public int percent() {
			return (this.total > 0) ? (int) (100 * this.done / this.total) : (this.status == Status.DONE ? 100 : 0);
		}

	}

	public enum Status {

		IDLE, RUNNING, DONE, FAILED

	}

}
