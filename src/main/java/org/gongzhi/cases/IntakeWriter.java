package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of reports: a few writer threads ({@code gongzhi.cases.intake-writers},
 * default 2), each writing every report waiting (up to {@value #MOST}) in one
 * transaction, so that concurrent reports share its statements and its commit instead of
 * queueing for theirs; while one writer waits for the database, another writes the
 * reports that came meanwhile. A caller waits until its report is committed. If a batch
 * fails, each of its reports is written alone, so one bad report (a key stored meanwhile
 * by another request, say) fails alone. Stopping finishes the reports waiting; while
 * stopped, reports are written alone by their callers.
 */
@Component
class IntakeWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

	private static final int MOST = 200;

	private final IntakeWrites writes;

	private final int writers;

	private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

	private boolean running;

	private final List<Thread> threads = new ArrayList<>();

	IntakeWriter(IntakeWrites writes, @Value("${gongzhi.cases.intake-writers:2}") int writers) {
		this.writes = writes;
		this.writers = writers;
	}

	/** Writes the report with the others waiting; its response once committed. */
	CaseIntake.Response write(PreparedReport report) {
		Waiting waiting = new Waiting(report, new CompletableFuture<>());
		boolean queued;
		synchronized (this) {
			queued = this.running && this.queue.add(waiting);
		}
		if (!queued) {
			return this.writes.alone(report);
		}
		try {
			return waiting.answer().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void run() {
		while (true) {
			Waiting first;
			try {
				first = this.queue.poll(100, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				// only stop() ends this thread, once the queue is empty
				continue;
			}
			if (first == null) {
				synchronized (this) {
					if (!this.running && this.queue.isEmpty()) {
						return;
					}
				}
				continue;
			}
			List<Waiting> batch = new ArrayList<>();
			batch.add(first);
			this.queue.drainTo(batch, MOST - 1);
			write(batch);
		}
	}

	private void write(List<Waiting> batch) {
		try {
			List<Waiting> firsts = new ArrayList<>();
			List<Waiting> retries = new ArrayList<>();
			Set<String> keys = new HashSet<>();
			for (Waiting waiting : batch) {
				PreparedReport report = waiting.report();
				boolean retry = report.key() != null && !keys.add(report.callerId() + " " + report.key());
				(retry ? retries : firsts).add(waiting);
			}
			try {
				List<CaseIntake.Response> responses = this.writes
					.together(firsts.stream().map(Waiting::report).toList());
				for (int i = 0; i < firsts.size(); i++) {
					firsts.get(i).answer().complete(responses.get(i));
				}
			}
			catch (RuntimeException ex) {
				log.debug("A batch of {} reports failed ({}); writing them one by one", firsts.size(),
						ex.getClass().getSimpleName());
				firsts.forEach(this::alone);
			}
			// a retry of a key that came with its first: answered after the first
			// committed
			retries.forEach(this::alone);
		}
		finally {
			for (Waiting waiting : batch) {
				waiting.answer().completeExceptionally(new IllegalStateException("The report was not written"));
			}
		}
	}

	private void alone(Waiting waiting) {
		try {
			waiting.answer().complete(this.writes.alone(waiting.report()));
		}
		catch (RuntimeException ex) {
			waiting.answer().completeExceptionally(ex);
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 1; i <= this.writers; i++) {
			Thread writer = new Thread(this::run, "case-intake-writer-" + i);
			writer.start();
			this.threads.add(writer);
		}
	}

	@Override
	public void stop() {
		List<Thread> stopping;
		synchronized (this) {
			this.running = false;
			stopping = List.copyOf(this.threads);
			this.threads.clear();
		}
		try {
			for (Thread writer : stopping) {
				writer.join();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	/** Starts before the web server takes requests, stops after it finished them. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record Waiting(PreparedReport report, CompletableFuture<CaseIntake.Response> answer) {
	}

}
