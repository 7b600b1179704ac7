package org.gongzhi.org;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import javax.sql.DataSource;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.core.BaseConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(
				new PGCopyInputStream(new CopyManager(connection.unwrap(BaseConnection.class)).copyOut(sql)),
				SEND_BYTES))) {
			in.skipNBytes(HEADER.length);
			UnitRow row = new UnitRow();
			byte[] bytes = new byte[1024];
			while (in.readShort() != -1) {
				int at = 0;
				for (int column : READ) {
					int length = in.readInt();
					if (length < 0) {
						row.setNull(column);
						continue;
					}
					if (at + length > bytes.length) {
						bytes = Arrays.copyOf(bytes, 2 * (at + length));
					}
					in.readFully(bytes, at, length);
					row.set(column, bytes, at, at + length);
					at += length;
				}
				units.addStored(row);
			}
			if (in.read() != -1) {
				throw new IOException("Data after the end of COPY");
			}
		}
		catch (SQLException ex) {
			throw translate(sql, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
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
