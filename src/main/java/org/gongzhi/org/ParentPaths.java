package org.gongzhi.org;

import java.util.Arrays;

/**
 * The paths of the units that can be parents (province to street), by code key: some
 * 45,000 for the whole country, looked up once per row.
 */
final class ParentPaths {

	/** Open addressing: key and path offset + 1 (0 when free) side by side. */
	private long[] slots = new long[2048];

	private int size;

	private byte[] texts = new byte[1 << 14];

	private int textsLength;

	void put(long key, byte[] bytes, int from, int to) {
		if (2 * (this.size + 1) > this.slots.length / 2) {
			grow();
		}
		int length = to - from;
		if (this.textsLength + 2 + length > this.texts.length) {
			this.texts = Arrays.copyOf(this.texts, Math.max(this.texts.length * 2, this.textsLength + 2 + length));
		}
		int at = this.textsLength;
		this.texts[at] = (byte) (length >>> 8);
		this.texts[at + 1] = (byte) length;
		System.arraycopy(bytes, from, this.texts, at + 2, length);
		this.textsLength = at + 2 + length;
		if (place(this.slots, key, at + 1)) {
			this.size++;
		}
	}

	/** The path's reference for {@link #copy}, or -1. */
	int find(long key) {
		int mask = (this.slots.length >> 1) - 1;
		for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
			long path = this.slots[2 * slot + 1];
			if (path == 0 || this.slots[2 * slot] == key) {
				return (int) path - 1;
			}
		}
	}

	/** Copies the path to {@code into[at...]}; returns its length. */
	int copy(int path, byte[] into, int at) {
		int length = ((this.texts[path] & 0xff) << 8) | (this.texts[path + 1] & 0xff);
		System.arraycopy(this.texts, path + 2, into, at, length);
		return length;
	}

	private void grow() {
		long[] larger = new long[this.slots.length * 2];
		for (int slot = 0; slot < this.slots.length; slot += 2) {
			if (this.slots[slot + 1] != 0) {
				place(larger, this.slots[slot], this.slots[slot + 1]);
			}
		}
		this.slots = larger;
	}

	/** Puts the key's path in its slot; returns whether the key is new. */
	private static boolean place(long[] slots, long key, long path) {
		int mask = (slots.length >> 1) - 1;
		int slot = hash(key) & mask;
		while (slots[2 * slot + 1] != 0 && slots[2 * slot] != key) {
			slot = (slot + 1) & mask;
		}
		boolean added = slots[2 * slot + 1] == 0;
		slots[2 * slot] = key;
		slots[2 * slot + 1] = path;
		return added;
	}

	private static int hash(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

}
