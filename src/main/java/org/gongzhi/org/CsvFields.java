package org.gongzhi.org;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of the divisions CSV (RFC 4180 quoting, no line breaks inside fields) split in
 * place into trimmed fields of UTF-8 bytes. It makes no strings: a whole-country import
 * splits 665,000 lines. Reused from line to line; quoted fields are unescaped in the
 * line's own bytes.
 */
final class CsvFields {

	private byte[] bytes;

	private int[] starts = new int[8];

	private int[] ends = new int[8];

	private int count;

	private String error;

	private int unquotedEnd;

	/**
	 * Splits {@code bytes[from, to)}.
	 * @return false if a quote is not closed or stray text follows one (see
	 * {@link #error()})
	 */
	boolean split(byte[] bytes, int from, int to) {
		this.bytes = bytes;
		this.count = 0;
		int i = from;
		while (true) {
			int start;
			int end;
			if (i < to && bytes[i] == '"') {
				start = i + 1;
				int closing = unquote(start, to);
				if (closing < 0) {
					return fail("unclosed quote");
				}
				end = this.unquotedEnd;
				i = closing + 1;
				if (i < to && bytes[i] != ',') {
					return fail("text after closing quote");
				}
			}
			else {
				start = i;
				while (i < to && bytes[i] != ',') {
					if (bytes[i] == '"') {
						return fail("quote inside unquoted field");
					}
					i++;
				}
				end = i;
			}
			add(start, end);
			if (i >= to) {
				return true;
			}
			i++;
		}
	}

	/** Why the last {@link #split} failed. */
	String error() {
		return this.error;
	}

	int size() {
		return this.count;
	}

	byte[] bytes() {
		return this.bytes;
	}

	int start(int field) {
		return this.starts[field];
	}

	int end(int field) {
		return this.ends[field];
	}

	/** Field {@code field}, or "" past the last one. */
	String string(int field) {
		return (field < this.count) ? new String(this.bytes, this.starts[field], this.ends[field] - this.starts[field],
				StandardCharsets.UTF_8) : "";
	}

	private boolean fail(String error) {
		this.error = error;
		return false;
	}

	/**
	 * Removes the doubling of quotes in the quoted field starting at {@code start},
	 * shifting its bytes left, and sets where its text now ends; returns the index of the
	 * closing quote, or -1 if there is none.
	 */
	private int unquote(int start, int to) {
		int read = start;
		int write = start;
		while (read < to) {
			byte c = this.bytes[read];
			if (c == '"') {
				if (read + 1 < to && this.bytes[read + 1] == '"') {
					this.bytes[write++] = '"';
					read += 2;
					continue;
				}
				this.unquotedEnd = write;
				return read;
			}
			this.bytes[write++] = c;
			read++;
		}
		return -1;
	}

	private void add(int start, int end) {
		if (this.count == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.count * 2);
			this.ends = Arrays.copyOf(this.ends, this.count * 2);
		}
		// trimmed as String.trim() does: ASCII control characters and spaces
		int s = start;
		int e = end;
		while (s < e && (this.bytes[s] & 0xff) <= ' ') {
			s++;
		}
		while (e > s && (this.bytes[e - 1] & 0xff) <= ' ') {
			e--;
		}
		this.starts[this.count] = s;
		this.ends[this.count] = e;
		this.count++;
	}

}
