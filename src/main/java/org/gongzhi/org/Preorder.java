package org.gongzhi.org;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holds back the new units above the communities and lets each out just before the first
 * community that sorts after its code, so that the table receives the whole tree in code
 * order, which is also the order of the paths: the primary key and the path index of a
 * first load are then built from presorted rows, at about two thirds of the cost. Parents
 * still come before their children.
 */
final class Preorder {

	private static final int NULL = 0xffff;

	/** After the last held unit, so that the release loop needs no bounds check. */
	private static final Held END = new Held(Long.MAX_VALUE, null);

	/** Held units, then {@link #END}; those from {@code next} on are still to send. */
	private Held[] held = { END, null };

	private int count;

	private int next;

	private boolean sorted = true;

	private final UnitRow released = new UnitRow();

	/** Keeps a copy of the row until {@link #releaseBefore} passes its code. */
	void hold(long key, UnitRow row) {
		int size = 0;
		for (int column = 0; column < UnitRow.COLUMNS; column++) {
			size += 2 + (row.isNull(column) ? 0 : row.length(column));
		}
		byte[] copy = new byte[size];
		int at = 0;
		for (int column = 0; column < UnitRow.COLUMNS; column++) {
			int length = row.isNull(column) ? NULL : row.length(column);
			copy[at++] = (byte) (length >>> 8);
			copy[at++] = (byte) length;
			if (length != NULL) {
				System.arraycopy(row.bytes(column), row.from(column), copy, at, length);
				at += length;
			}
		}
		if (this.count + 1 == this.held.length) {
			this.held = Arrays.copyOf(this.held, this.held.length * 2);
		}
		if (this.count > this.next && key < this.held[this.count - 1].key()) {
			this.sorted = false;
		}
		this.held[this.count++] = new Held(key, copy);
		this.held[this.count] = END;
	}

	/**
	 * Sends the held units whose codes sort before the code of {@code key} (keys sort as
	 * codes do).
	 */
	void releaseBefore(long key, UnitTable.Batch inserts) {
		if (!this.sorted) {
			Arrays.sort(this.held, this.next, this.count, Comparator.comparingLong(Held::key));
			this.sorted = true;
		}
		while (this.held[this.next].key() < key) {
			byte[] row = this.held[this.next].row();
			this.held[this.next++] = null;
			release(row, inserts);
		}
	}

	void releaseAll(UnitTable.Batch inserts) {
		releaseBefore(END.key(), inserts);
	}

	private void release(byte[] bytes, UnitTable.Batch inserts) {
		int at = 0;
		for (int column = 0; column < UnitRow.COLUMNS; column++) {
			int length = ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
			at += 2;
			if (length == NULL) {
				this.released.setNull(column);
			}
			else {
				this.released.set(column, bytes, at, at + length);
				at += length;
			}
		}
		inserts.add(this.released);
	}

	private record Held(long key, byte[] row) {
	}

}
