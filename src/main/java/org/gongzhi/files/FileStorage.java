package org.gongzhi.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;

/**
 * Where file contents live, by key (lower-case letters, digits, {@code -}, {@code .} and
 * {@code /} separators). The default keeps them in a directory; an object store can take
 * its place by providing another bean. Contents are streamed, never held in memory whole.
 */
public interface FileStorage {

	/**
	 * Stores the stream under the key; the content appears whole or not at all.
	 * @return the number of bytes stored
	 */
	long put(String key, InputStream content) throws IOException;

	/**
	 * The content under the key, opened when read; {@link Resource#exists()} is false if
	 * there is none. Readable more than once, so HTTP range requests can be answered.
	 */
	Resource get(String key);

	/** Removes the content under the key; nothing happens if there is none. */
	void delete(String key) throws IOException;

	/**
	 * The keys stored before the instant, to find contents no record points to any more;
	 * the caller closes the stream.
	 */
	Stream<String> keysStoredBefore(Instant instant) throws IOException;

}
