package org.gongzhi.org;

import java.util.Map;
import java.util.TreeMap;

/**
 * Holds back the new units above the communities and lets each out just before the first
 * community that sorts after its code, so that the table receives the whole tree in code
 * order, which is also the order of the paths: the primary key and the path index of a
 * first load are then built from presorted rows, at about two thirds of the cost. Parents
 * still come before their children.
 */
final class Preorder {

	private static final int NULL = 0xffff;

	private final TreeMap<Long, byte[]> held = new TreeMap<>();

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
		this.held.put(key, copy);
	}

	/**
	 * Sends the held units whose codes sort before the code of {@code key} (keys sort as
	 * codes do).
	 */
	void releaseBefore(long key, UnitTable.Batch inserts) {
		while (!this.held.isEmpty() && this.held.firstKey() < key) {
			release(this.held.pollFirstEntry(), inserts);
		}
	}

	void releaseAll(UnitTable.Batch inserts) {
		while (!this.held.isEmpty()) {
			release(this.held.pollFirstEntry(), inserts);
		}
	}

	private void release(Map.Entry<Long, byte[]> unit, UnitTable.Batch inserts) {
		byte[] bytes = unit.getValue();
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

}
