package org.gongzhi.org;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import javax.sql.DataSource;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * PostgreSQL's COPY in its binary format both ways: the existing units stream out without
 * a row of JDBC per unit, and the new ones stream in while the files are parsed, without
 * the server parsing text. Each chunk of {@value #CHUNK} new rows is one committed COPY,
 * so an interrupted import keeps what it sent; a first load is one COPY (see
 * {@link PostgresFirstLoad}).
 */
class PostgresUnitTable implements UnitTable {

	private static final String COPY_IN = "copy org_unit (code, name, level, parent_code, path, updated_at)"
			+ " from stdin with (format binary)";

	/** The first load's COPY, in the transaction that truncated the table. */
	private static final String COPY_FROZEN = COPY_IN.replace("(format binary)", "(format binary, freeze)");

	/** Header of the binary COPY format: signature, flags, no extension. */
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
			0, 0, 0, 0 };

	/** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01. */
	private static final long POSTGRES_EPOCH = Instant.EPOCH.until(Instant.parse("2000-01-01T00:00:00Z"),
			ChronoUnit.MICROS);

	/** The columns {@link #readDivisions} selects. */
	private static final int[] READ = { UnitRow.CODE, UnitRow.NAME, UnitRow.PATH };

	private static final int CHUNK = 100_000;

	private static final int SEND_BYTES = 1 << 16;

	private final DataSource dataSource;

	private final PostgresFirstLoad firstLoad;

	PostgresUnitTable(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.firstLoad = new PostgresFirstLoad(jdbc);
	}

	@Override
	public void readDivisions(String root, KnownUnits units) {
		// COPY takes no parameters; the importer lets only digits through as the root
		String scope = (root != null) ? " and (code like '" + root + "%' or '" + root + "' like code || '%')" : "";
		String sql = "copy (select code, name, case when level = 'COMMUNITY' then null else path end from org_unit"
				+ " where level in ('PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY')" + scope
				+ ") to stdout with (format binary)";
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				// in the table's order, which is the order of the files after a first
				// load: from
				// its first page, not from where another scan happens to be, and in one
				// process
				statement.execute("set local synchronize_seqscans = off");
				statement.execute("set local max_parallel_workers_per_gather = 0");
			}
			CopyOut copy = new CopyManager(connection.unwrap(BaseConnection.class)).copyOut(sql);
			CopyData in = new CopyData(copy);
			in.skip(HEADER.length);
			UnitRow row = new UnitRow();
			while (in.int16() != -1) {
				for (int column : READ) {
					in.field(row, column);
				}
				units.addStored(row);
			}
			while (copy.readFromCopy() != null) {
				// nothing follows the trailer
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw translate(sql, ex);
		}
	}

	@Override
	public Batch start(Instant now) {
		long updatedAt = ChronoUnit.MICROS.between(Instant.EPOCH, now) - POSTGRES_EPOCH;
		Connection connection = null;
		try {
			// a connection of its own: the first load commits on it, whatever the
			// caller's transaction
			connection = this.dataSource.getConnection();
			return new CopyBatch(connection, this.firstLoad.begin(connection), updatedAt);
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw translate(COPY_IN, ex);
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// already failing: the first exception tells
			}
		}
	}

	/**
	 * The rows of a binary COPY out, read from the messages they come in without copying
	 * them; a value may span messages.
	 */
	private static final class CopyData {

		private final CopyOut copy;

		private byte[] bytes = new byte[0];

		private int at;

		CopyData(CopyOut copy) {
			this.copy = copy;
		}

		int int16() throws SQLException {
			need(2);
			int value = (short) (((this.bytes[this.at] & 0xff) << 8) | (this.bytes[this.at + 1] & 0xff));
			this.at += 2;
			return value;
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

		void skip(int length) throws SQLException {
			need(length);
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

	private static RuntimeException translate(String sql, SQLException ex) {
		return new SQLExceptionSubclassTranslator().translate("COPY org_unit", sql, ex);
	}

	private final class CopyBatch implements Batch {

		private final Connection connection;

		private final boolean firstLoad;

		private final long updatedAt;

		private final ByteBuffer buffer = ByteBuffer.allocate(SEND_BYTES);

		private CopyIn copy;

		private int rowsInChunk;

		CopyBatch(Connection connection, boolean firstLoad, long updatedAt) {
			this.connection = connection;
			this.firstLoad = firstLoad;
			this.updatedAt = updatedAt;
		}

		@Override
		public void add(UnitRow row) {
			int size = 2 + UnitRow.COLUMNS * 4 + 4 + 8;
			for (int column = 0; column < UnitRow.COLUMNS; column++) {
				size += row.isNull(column) ? 0 : row.length(column);
			}
			if (this.buffer.remaining() < HEADER.length + size + 2) {
				send();
			}
			if (this.rowsInChunk == 0) {
				this.buffer.put(HEADER);
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
			if (++this.rowsInChunk >= CHUNK && !this.firstLoad) {
				endChunk();
			}
		}

		@Override
		public void close() {
			try {
				endChunk();
				if (this.firstLoad) {
					this.connection.commit();
				}
			}
			catch (SQLException ex) {
				throw translate(COPY_IN, ex);
			}
			finally {
				closeQuietly(this.connection);
			}
			if (this.firstLoad) {
				PostgresUnitTable.this.firstLoad.finish();
			}
		}

		private void send() {
			try {
				if (this.copy == null) {
					this.copy = new CopyManager(this.connection.unwrap(BaseConnection.class))
						.copyIn(this.firstLoad ? COPY_FROZEN : COPY_IN);
				}
				this.copy.writeToCopy(this.buffer.array(), 0, this.buffer.position());
				this.buffer.clear();
			}
			catch (SQLException ex) {
				throw translate(COPY_IN, ex);
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
					throw translate(COPY_IN, ex);
				}
				this.copy = null;
			}
			this.rowsInChunk = 0;
		}

	}

}
