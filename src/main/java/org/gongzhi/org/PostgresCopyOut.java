package org.gongzhi.org;

import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyOut;

/**
 * The rows of a binary COPY out, read from the messages they come in (about one per row)
 * without copying them or going through stream layers; a value may span messages.
 */
final class PostgresCopyOut {

	private final CopyOut copy;

	private byte[] bytes = new byte[0];

	private int at;

	PostgresCopyOut(CopyOut copy) throws SQLException {
		this.copy = copy;
		need(PostgresUnitTable.HEADER.length);
		this.at += PostgresUnitTable.HEADER.length;
	}

	/** Starts the next row; false after the last one. */
	boolean next() throws SQLException {
		need(2);
		int fields = (short) (((this.bytes[this.at] & 0xff) << 8) | (this.bytes[this.at + 1] & 0xff));
		this.at += 2;
		if (fields == -1) {
			while (this.copy.readFromCopy() != null) {
				// nothing follows the trailer
			}
			return false;
		}
		return true;
	}

	/** Sets the row's column to the next value. */
	void field(UnitRow row, int column) throws SQLException {
		need(4);
		int length = ((this.bytes[this.at] & 0xff) << 24) | ((this.bytes[this.at + 1] & 0xff) << 16)
				| ((this.bytes[this.at + 2] & 0xff) << 8) | (this.bytes[this.at + 3] & 0xff);
		this.at += 4;
		if (length < 0) {
			row.setNull(column);
			return;
		}
		need(length);
		row.set(column, this.bytes, this.at, this.at + length);
		this.at += length;
	}

	/**
	 * Makes {@code length} bytes readable at {@code at}; never changes an array read
	 * before.
	 */
	private void need(int length) throws SQLException {
		while (this.bytes.length - this.at < length) {
			byte[] next = this.copy.readFromCopy();
			if (next == null) {
				throw new SQLException("COPY ended within a row");
			}
			int rest = this.bytes.length - this.at;
			if (rest == 0) {
				this.bytes = next;
			}
			else {
				byte[] joined = Arrays.copyOfRange(this.bytes, this.at, this.at + rest + next.length);
				System.arraycopy(next, 0, joined, rest, next.length);
				this.bytes = joined;
			}
			this.at = 0;
		}
	}

}
