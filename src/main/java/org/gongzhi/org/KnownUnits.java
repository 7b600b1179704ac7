package org.gongzhi.org;

import java.util.Arrays;

/**
 * The division units one import knows by code: those already in the table, with their
 * names and (for units that can be parents) paths, and those read from the files so far.
 * A code of up to 12 digits is kept as one {@code long} and the texts as UTF-8 bytes in
 * one array: the whole country is 665,000 units, which as strings in a {@code HashMap}
 * cost more time than their COPY.
 */
final class KnownUnits {

	/** Not a code of 1 to 12 digits. */
	static final long NO_KEY = -1;

	private static final int NONE = -1;

	/** Per unit, in the order they became known. */
	private long[] keys = new long[1024];

	private int[] names = new int[1024];

	private int[] paths = new int[1024];

	private boolean[] read = new boolean[1024];

	private int size;

	/**
	 * Open addressing, each slot a key and its unit index + 1 (0 when free) side by side,
	 * so that a probe touches one cache line.
	 */
	private long[] slots = new long[4096];

	private byte[] texts = new byte[1 << 16];

	private int textsLength;

	/**
	 * The key of the code in {@code bytes[from, to)}: its digits and its length (so that
	 * "01" and "1" differ), or {@link #NO_KEY}.
	 */
	static long key(byte[] bytes, int from, int to) {
		int length = to - from;
		if (length < 1 || length > 12) {
			return NO_KEY;
		}
		long value = 0;
		for (int i = from; i < to; i++) {
			int digit = bytes[i] - '0';
			if (digit < 0 || digit > 9) {
				return NO_KEY;
			}
			value = value * 10 + digit;
		}
		return (value << 4) | length;
	}

	/** The unit's index, or -1 if it is not known. */
	int find(long key) {
		int mask = (this.slots.length >> 1) - 1;
		for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
			long unit = this.slots[2 * slot + 1];
			if (unit == 0 || this.slots[2 * slot] == key) {
				return (int) unit - 1;
			}
		}
	}

	/** Adds a unit not known yet; returns its index. */
	int add(long key) {
		if (this.size == this.keys.length) {
			grow();
		}
		int unit = this.size++;
		this.keys[unit] = key;
		this.names[unit] = NONE;
		this.paths[unit] = NONE;
		place(unit);
		return unit;
	}

	/**
	 * Adds a unit read from the table: its code, name and path (null for a unit that
	 * cannot be a parent). Skips codes that are no division codes.
	 */
	void addStored(UnitRow row) {
		long key = key(row.bytes(UnitRow.CODE), row.from(UnitRow.CODE), row.to(UnitRow.CODE));
		if (key == NO_KEY) {
			return;
		}
		int unit = add(key);
		setName(unit, row.bytes(UnitRow.NAME), row.from(UnitRow.NAME), row.to(UnitRow.NAME));
		if (!row.isNull(UnitRow.PATH)) {
			setPath(unit, row.bytes(UnitRow.PATH), row.from(UnitRow.PATH), row.to(UnitRow.PATH));
		}
	}

	/** Whether the unit was read from the files of this import. */
	boolean isRead(int unit) {
		return this.read[unit];
	}

	void markRead(int unit) {
		this.read[unit] = true;
	}

	void setName(int unit, byte[] bytes, int from, int to) {
		this.names[unit] = store(bytes, from, to);
	}

	void setPath(int unit, byte[] bytes, int from, int to) {
		this.paths[unit] = store(bytes, from, to);
	}

	/** Whether the unit has a stored name equal to {@code bytes[from, to)}. */
	boolean nameEquals(int unit, byte[] bytes, int from, int to) {
		int at = this.names[unit];
		return at != NONE && Arrays.equals(this.texts, at + 2, at + 2 + length(at), bytes, from, to);
	}

	boolean hasPath(int unit) {
		return this.paths[unit] != NONE;
	}

	/** Copies the unit's path to {@code into[at...]}; returns its length. */
	int copyPath(int unit, byte[] into, int at) {
		int path = this.paths[unit];
		int length = length(path);
		System.arraycopy(this.texts, path + 2, into, at, length);
		return length;
	}

	private int store(byte[] bytes, int from, int to) {
		int length = to - from;
		if (this.textsLength + 2 + length > this.texts.length) {
			this.texts = Arrays.copyOf(this.texts, Math.max(this.texts.length * 2, this.textsLength + 2 + length));
		}
		int at = this.textsLength;
		this.texts[at] = (byte) (length >>> 8);
		this.texts[at + 1] = (byte) length;
		System.arraycopy(bytes, from, this.texts, at + 2, length);
		this.textsLength = at + 2 + length;
		return at;
	}

	private int length(int at) {
		return ((this.texts[at] & 0xff) << 8) | (this.texts[at + 1] & 0xff);
	}

	private void grow() {
		int capacity = this.keys.length * 2;
		this.keys = Arrays.copyOf(this.keys, capacity);
		this.names = Arrays.copyOf(this.names, capacity);
		this.paths = Arrays.copyOf(this.paths, capacity);
		this.read = Arrays.copyOf(this.read, capacity);
		this.slots = new long[capacity * 4];
		for (int unit = 0; unit < this.size; unit++) {
			place(unit);
		}
	}

	private void place(int unit) {
		int mask = (this.slots.length >> 1) - 1;
		int slot = hash(this.keys[unit]) & mask;
		while (this.slots[2 * slot + 1] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[2 * slot] = this.keys[unit];
		this.slots[2 * slot + 1] = unit + 1;
	}

	private static int hash(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

}
