package org.gongzhi.org;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * New units streamed into org_unit by binary COPY while the files are parsed: the server
 * parses no text. Each chunk of {@value #CHUNK} rows is one committed COPY, so an
 * interrupted import keeps what it sent; a first load is one COPY that freezes its rows,
 * committed at the end, after which the keys and indexes are built.
 */
final class PostgresCopyIn implements UnitTable.Batch {

	private static final String COPY = "copy org_unit (code, name, level, parent_code, path, updated_at)"
			+ " from stdin with (format binary)";

	/** The first load's COPY, in the transaction that truncated the table. */
	private static final String COPY_FROZEN = COPY.replace("(format binary)", "(format binary, freeze)");

	/** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01. */
	private static final long POSTGRES_EPOCH = Instant.EPOCH.until(Instant.parse("2000-01-01T00:00:00Z"),
			ChronoUnit.MICROS);

	private static final int CHUNK = 100_000;

	private static final int SEND_BYTES = 1 << 16;

	private final Connection connection;

	private final PostgresFirstLoad firstLoad;

	private final long updatedAt;

	private final ByteBuffer buffer = ByteBuffer.allocate(SEND_BYTES);

	private CopyIn copy;

	private int rowsInChunk;

	/** Rows per COPY: all of a first load in one. */
	private final int chunk;

	/**
	 * @param connection closed by {@link #close()}
	 * @param firstLoad the first load begun on the connection, or {@code null}
	 */
	PostgresCopyIn(Connection connection, PostgresFirstLoad firstLoad, Instant now) {
		this.connection = connection;
		this.firstLoad = firstLoad;
		this.updatedAt = ChronoUnit.MICROS.between(Instant.EPOCH, now) - POSTGRES_EPOCH;
		this.chunk = (firstLoad != null) ? Integer.MAX_VALUE : CHUNK;
	}

	@Override
	public void add(UnitRow row) {
		int size = 2 + UnitRow.COLUMNS * 4 + 4 + 8;
		for (int column = 0; column < UnitRow.COLUMNS; column++) {
			size += row.isNull(column) ? 0 : row.length(column);
		}
		if (this.buffer.remaining() < PostgresUnitTable.HEADER.length + size + 2) {
			send();
		}
		if (this.rowsInChunk == 0) {
			this.buffer.put(PostgresUnitTable.HEADER);
		}
		this.buffer.putShort((short) (UnitRow.COLUMNS + 1));
		for (int column = 0; column < UnitRow.COLUMNS; column++) {
			if (row.isNull(column)) {
				this.buffer.putInt(-1);
			}
			else {
				this.buffer.putInt(row.length(column));
				this.buffer.put(row.bytes(column), row.from(column), row.length(column));
			}
		}
		this.buffer.putInt(8).putLong(this.updatedAt);
		if (++this.rowsInChunk == this.chunk) {
			endChunk();
		}
	}

	@Override
	public void close() {
		try {
			endChunk();
			if (this.firstLoad != null) {
				this.connection.commit();
			}
		}
		catch (SQLException ex) {
			throw PostgresUnitTable.translate(COPY, ex);
		}
		finally {
			PostgresUnitTable.closeQuietly(this.connection);
		}
		if (this.firstLoad != null) {
			this.firstLoad.finish();
		}
	}

	private void send() {
		try {
			if (this.copy == null) {
				this.copy = new CopyManager(this.connection.unwrap(BaseConnection.class))
					.copyIn((this.firstLoad != null) ? COPY_FROZEN : COPY);
			}
			this.copy.writeToCopy(this.buffer.array(), 0, this.buffer.position());
			this.buffer.clear();
		}
		catch (SQLException ex) {
			throw PostgresUnitTable.translate(COPY, ex);
		}
	}

	private void endChunk() {
		if (this.rowsInChunk > 0) {
			this.buffer.putShort((short) -1);
			send();
			try {
				this.copy.endCopy();
			}
			catch (SQLException ex) {
				throw PostgresUnitTable.translate(COPY, ex);
			}
			this.copy = null;
		}
		this.rowsInChunk = 0;
	}

}
