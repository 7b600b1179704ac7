package org.gongzhi.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.Resource;

/**
 * Reads the division files once, on a thread of its own that runs ahead of the importer:
 * inflates them into blocks of whole lines and counts the rows on the way, so that the
 * progress knows its total long before the importer has parsed the villages. The blocks
 * wait in memory (the whole country is 40 MB of text).
 */
final class DivisionBlocks implements AutoCloseable {

	private static final int BLOCK = 1 << 20;

	/**
	 * Whole lines of one file: line {@code i} is {@code bytes[starts[i], ends[i])},
	 * without its line break. The first block of a file starts with its header.
	 */
	record Block(DivisionFile file, String fileName, byte[] bytes, int[] starts, int[] ends, int lines, boolean first) {
	}

	private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

	private final Thread reader;

	private volatile long total = -1;

	DivisionBlocks(Map<DivisionFile, Resource> files) {
		this.reader = new Thread(() -> readAll(files), "division-reader");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** The next block, in file order; {@code null} after the last file. */
	Block next() {
		Object next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the division files", ex);
		}
		if (next instanceof RuntimeException failure) {
			throw failure;
		}
		return (next instanceof Block block) ? block : null;
	}

	/** The data rows (header lines excluded) of all files, or -1 while still counting. */
	long total() {
		return this.total;
	}

	@Override
	public void close() {
		this.reader.interrupt();
	}

	private void readAll(Map<DivisionFile, Resource> files) {
		try {
			long rows = 0;
			for (Map.Entry<DivisionFile, Resource> file : files.entrySet()) {
				rows += readFile(file.getKey(), file.getValue());
			}
			this.total = rows;
			this.queue.add(Boolean.TRUE);
		}
		catch (IOException ex) {
			this.queue.add(new UncheckedIOException(ex));
		}
		catch (InterruptedException ex) {
			// the importer gave up
		}
		catch (RuntimeException ex) {
			this.queue.add(ex);
		}
	}

	/** Queues the file's blocks and returns its data rows. */
	private long readFile(DivisionFile file, Resource resource) throws IOException, InterruptedException {
		String name = resource.getFilename();
		long lines = 0;
		try (InputStream in = open(resource)) {
			byte[] buffer = new byte[BLOCK];
			int length = 0;
			boolean first = true;
			while (true) {
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
				if (length == buffer.length) {
					buffer = Arrays.copyOf(buffer, length * 2);
				}
				int wanted = buffer.length - length;
				int read = in.readNBytes(buffer, length, wanted);
				length += read;
				boolean last = read < wanted;
				int end = last ? length : afterLastLineFeed(buffer, length);
				if (end < 0) {
					continue;
				}
				Block block = split(file, name, buffer, end, first);
				lines += block.lines();
				byte[] rest = new byte[Math.max(BLOCK, length - end)];
				System.arraycopy(buffer, end, rest, 0, length - end);
				this.queue.add(block);
				if (last) {
					return Math.max(0, lines - 1);
				}
				first = false;
				length -= end;
				buffer = rest;
			}
		}
	}

	/**
	 * Finds the lines of {@code bytes[0, length)}, as {@link java.io.BufferedReader} sees
	 * them.
	 */
	private static Block split(DivisionFile file, String name, byte[] bytes, int length, boolean first) {
		int[] starts = new int[1024];
		int[] ends = new int[1024];
		int lines = 0;
		int at = 0;
		while (at < length) {
			int end = at;
			while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
				end++;
			}
			if (lines == starts.length) {
				starts = Arrays.copyOf(starts, lines * 2);
				ends = Arrays.copyOf(ends, lines * 2);
			}
			starts[lines] = at;
			ends[lines++] = end;
			at = (end < length && bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n') ? end + 2 : end + 1;
		}
		return new Block(file, name, bytes, starts, ends, lines, first);
	}

	/** The index after the last line feed, or -1 if there is none. */
	private static int afterLastLineFeed(byte[] bytes, int length) {
		for (int i = length - 1; i >= 0; i--) {
			if (bytes[i] == '\n') {
				return i + 1;
			}
		}
		return -1;
	}

	private static InputStream open(Resource resource) throws IOException {
		InputStream in = resource.getInputStream();
		String name = resource.getFilename();
		return (name != null && name.endsWith(".gz")) ? new GZIPInputStream(in, 1 << 16) : in;
	}

}
