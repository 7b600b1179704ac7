package org.gongzhi.org;

import java.nio.charset.StandardCharsets;

/**
 * The text columns of one org unit on its way into or out of the table, as UTF-8 byte
 * ranges; reused from row to row, as an import moves 665,000 of them.
 */
final class UnitRow {

	static final int CODE = 0;

	static final int NAME = 1;

	static final int LEVEL = 2;

	static final int PARENT = 3;

	static final int PATH = 4;

	/** In the order of the table's columns code, name, level, parent_code, path. */
	static final int COLUMNS = 5;

	private final byte[][] bytes = new byte[COLUMNS][];

	private final int[] from = new int[COLUMNS];

	private final int[] to = new int[COLUMNS];

	void set(int column, byte[] bytes, int from, int to) {
		this.bytes[column] = bytes;
		this.from[column] = from;
		this.to[column] = to;
	}

	void setNull(int column) {
		this.bytes[column] = null;
	}

	boolean isNull(int column) {
		return this.bytes[column] == null;
	}

	byte[] bytes(int column) {
		return this.bytes[column];
	}

	int from(int column) {
		return this.from[column];
	}

	int to(int column) {
		return this.to[column];
	}

	int length(int column) {
		return this.to[column] - this.from[column];
	}

	/** The column as a string, or {@code null}. */
	String string(int column) {
		return isNull(column) ? null
				: new String(this.bytes[column], this.from[column], length(column), StandardCharsets.UTF_8);
	}

}
