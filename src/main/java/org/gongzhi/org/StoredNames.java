package org.gongzhi.org;

import java.util.Arrays;

/**
 * The names of the division units already in the table, by code key, and which of them
 * the import has read. The table gives them in about the order the files list them (by
 * level, then code), so a lookup starts where the last one ended and mostly steps to the
 * next entry: memory is read in order, which at 665,000 units is several times faster
 * than a hash table's random probes.
 */
final class StoredNames {

	private long[] keys = new long[1024];

	private int[] names = new int[1024];

	private int size;

	private boolean inKeyOrder = true;

	/** Unit indexes in key order, if they did not come in it. */
	private int[] order;

	private boolean[] read;

	private byte[] texts = new byte[1 << 16];

	private int textsLength;

	private int cursor;

	void add(long key, byte[] bytes, int from, int to) {
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
			this.names = Arrays.copyOf(this.names, this.size * 2);
		}
		if (this.size > 0 && key <= this.keys[this.size - 1]) {
			this.inKeyOrder = false;
		}
		int length = to - from;
		if (this.textsLength + 1 + length > this.texts.length) {
			this.texts = Arrays.copyOf(this.texts, Math.max(this.texts.length * 2, this.textsLength + 1 + length));
		}
		// a name ends where the next one starts
		this.names[this.size] = this.textsLength;
		System.arraycopy(bytes, from, this.texts, this.textsLength, length);
		this.textsLength += length;
		this.keys[this.size++] = key;
	}

	/** Call once all units are added. */
	void sort() {
		if (!this.inKeyOrder) {
			this.order = sortedOrder(this.keys, this.size);
		}
		this.read = new boolean[this.size];
	}

	/** The unit's index, or -1. */
	int find(long key) {
		int position = locate(key);
		if (position < 0) {
			this.cursor = -position - 1;
			return -1;
		}
		this.cursor = position + 1;
		return unitAt(position);
	}

	boolean isRead(int unit) {
		return this.read[unit];
	}

	void markRead(int unit) {
		this.read[unit] = true;
	}

	boolean nameEquals(int unit, byte[] bytes, int from, int to) {
		int start = this.names[unit];
		int end = (unit + 1 < this.size) ? this.names[unit + 1] : this.textsLength;
		return Arrays.equals(this.texts, start, end, bytes, from, to);
	}

	/**
	 * The key's position, or -(insertion point) - 1: first at the cursor, then galloping
	 * forward from it, else searching before it.
	 */
	private int locate(long key) {
		int at = this.cursor;
		if (at < this.size && keyAt(at) < key) {
			int low = at + 1;
			int high = at + 1;
			for (int step = 2; high < this.size && keyAt(high) < key; step *= 2) {
				low = high + 1;
				high = at + step;
			}
			return search(low, Math.min(high, this.size - 1), key);
		}
		if (at < this.size && keyAt(at) == key) {
			return at;
		}
		return search(0, at - 1, key);
	}

	/** Binary search of positions {@code [low, high]}. */
	private int search(int low, int high, long key) {
		int lo = low;
		int hi = high;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			long found = keyAt(mid);
			if (found < key) {
				lo = mid + 1;
			}
			else if (found > key) {
				hi = mid - 1;
			}
			else {
				return mid;
			}
		}
		return -lo - 1;
	}

	/** The indexes {@code 0..size-1} ordered by key: a bottom-up merge sort. */
	private static int[] sortedOrder(long[] keys, int size) {
		int[] order = new int[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		int[] merged = new int[size];
		for (int width = 1; width < size; width *= 2) {
			for (int low = 0; low < size; low += 2 * width) {
				int middle = Math.min(low + width, size);
				int high = Math.min(low + 2 * width, size);
				int left = low;
				int right = middle;
				for (int out = low; out < high; out++) {
					boolean takeLeft = left < middle && (right >= high || keys[order[left]] <= keys[order[right]]);
					merged[out] = order[takeLeft ? left++ : right++];
				}
			}
			int[] swap = order;
			order = merged;
			merged = swap;
		}
		return order;
	}

	private long keyAt(int position) {
		return this.keys[unitAt(position)];
	}

	private int unitAt(int position) {
		return (this.order != null) ? this.order[position] : position;
	}

}
