package org.gongzhi.org;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The division units one import knows by code: those already in the table, with their
 * names, the new ones read from the files so far, and the paths of all that can be
 * parents. A code of up to 12 digits is kept as one {@code long} key and texts as UTF-8
 * bytes: the whole country is 665,000 units, which as strings in hash maps cost more time
 * than their COPY.
 */
final class KnownUnits {

	/** Not a code of 1 to 12 digits. */
	static final long NO_KEY = -1;

	private final StoredNames stored = new StoredNames();

	private final ParentPaths paths = new ParentPaths();

	/**
	 * Keys of the new units by code length, each in ascending order as the files list
	 * them; a code is only ever the same as one of its own length.
	 */
	private final long[][] added = new long[13][];

	private final int[] addedCount = new int[13];

	/** Keys of new units that came out of order. */
	private final Set<Long> addedOutOfOrder = new HashSet<>();

	private boolean storedComplete;

	/**
	 * The key of the code in {@code bytes[from, to)}, or {@link #NO_KEY}: its digits
	 * padded with zeros to 12, then its length, so that keys order as the codes do as
	 * strings ("21" < "2101" < "210105" < "22"), which is the order of the tree from the
	 * root down (and of the paths), and "01" and "1" differ.
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
		for (int i = length; i < 12; i++) {
			value *= 10;
		}
		return (value << 4) | length;
	}

	/**
	 * Adds a unit read from the table: its code, name and path (null for a unit that
	 * cannot be a parent). Skips codes that are no division codes. All come before the
	 * first lookup.
	 */
	void addStored(UnitRow row) {
		long key = key(row.bytes(UnitRow.CODE), row.from(UnitRow.CODE), row.to(UnitRow.CODE));
		if (key == NO_KEY) {
			return;
		}
		this.stored.add(key, row.bytes(UnitRow.NAME), row.from(UnitRow.NAME), row.to(UnitRow.NAME));
		if (!row.isNull(UnitRow.PATH)) {
			this.paths.put(key, row.bytes(UnitRow.PATH), row.from(UnitRow.PATH), row.to(UnitRow.PATH));
		}
	}

	/** The index of the unit in the table, or -1. */
	int stored(long key) {
		if (!this.storedComplete) {
			this.stored.sort();
			this.storedComplete = true;
		}
		return this.stored.find(key);
	}

	/** Whether the import has read the stored unit already. */
	boolean isRead(int stored) {
		return this.stored.isRead(stored);
	}

	void markRead(int stored) {
		this.stored.markRead(stored);
	}

	boolean nameEquals(int stored, byte[] bytes, int from, int to) {
		return this.stored.nameEquals(stored, bytes, from, to);
	}

	/** Notes a unit that is not in the table; false if the files had it already. */
	boolean addNew(long key) {
		int length = (int) (key & 15);
		long[] run = this.added[length];
		int count = this.addedCount[length];
		if (count == 0 || key > run[count - 1]) {
			if (run == null || count == run.length) {
				run = Arrays.copyOf((run != null) ? run : new long[0], Math.max(1024, count * 2));
				this.added[length] = run;
			}
			run[count] = key;
			this.addedCount[length] = count + 1;
			return true;
		}
		return Arrays.binarySearch(run, 0, count, key) < 0 && this.addedOutOfOrder.add(key);
	}

	/** Keeps the path of a unit that can be a parent. */
	void putPath(long key, byte[] bytes, int from, int to) {
		this.paths.put(key, bytes, from, to);
	}

	/**
	 * The reference of the unit's path for {@link #copyPath}, or -1 if it cannot be a
	 * parent.
	 */
	int path(long key) {
		return this.paths.find(key);
	}

	/** Copies a path to {@code into[at...]}; returns its length. */
	int copyPath(int path, byte[] into, int at) {
		return this.paths.copy(path, into, at);
	}

}
