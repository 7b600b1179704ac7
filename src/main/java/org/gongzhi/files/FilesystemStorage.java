package org.gongzhi.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Keeps files in a directory, one file per key; keys with {@code /} become sub-folders so
 * no folder grows too large. Content is written to a temporary name beside its place and
 * moved there, so a reader never sees half a file.
 */
class FilesystemStorage implements FileStorage {

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.\\-]*(/[a-z0-9][a-z0-9.\\-]*)*");

	private static final String PARTIAL = ".part";

	private final Path root;

	FilesystemStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public long put(String key, InputStream content) throws IOException {
		Path target = pathOf(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
		try {
			long size = Files.copy(content, partial);
			move(partial, target);
			return size;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public Resource get(String key) {
		return new FileSystemResource(pathOf(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(pathOf(key));
	}

	@Override
	public Stream<String> keysStoredBefore(Instant instant) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return Stream.empty();
		}
		return Files.walk(this.root)
			.filter((path) -> isStoredBefore(path, instant))
			.map((path) -> this.root.relativize(path).toString().replace('\\', '/'))
			.filter((key) -> KEY.matcher(key).matches());
	}

	private static boolean isStoredBefore(Path path, Instant instant) {
		try {
			return Files.isRegularFile(path) && Files.getLastModifiedTime(path).toInstant().isBefore(instant);
		}
		catch (IOException ex) {
			// removed meanwhile
			return false;
		}
	}

	private Path pathOf(String key) {
		if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
			throw new IllegalArgumentException("not a storage key: " + key);
		}
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("not a storage key: " + key);
		}
		return path;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
