package org.gongzhi.org;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * PostgreSQL's COPY, streamed while the files are read so the database works while the
 * importer parses. Each chunk of {@value #CHUNK} rows is one committed COPY, so an
 * interrupted import keeps what it sent.
 */
class PostgresCopyUnitInsert implements UnitBulkInsert {

	private static final String COPY = "copy org_unit (code, name, level, parent_code, path, updated_at)"
			+ " from stdin with (format csv)";

	private static final int CHUNK = 100_000;

	private static final int SEND_BYTES = 1 << 16;

	private final DataSource dataSource;

	private final PostgresFirstLoad firstLoad;

	PostgresCopyUnitInsert(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.firstLoad = new PostgresFirstLoad(jdbc);
	}

	@Override
	public Batch start() {
		boolean first = this.firstLoad.begin();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		return new CopyBatch(connection, first);
	}

	private final class CopyBatch implements Batch {

		private final Connection connection;

		private final boolean firstLoad;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(SEND_BYTES * 2);

		private final StringBuilder line = new StringBuilder(128);

		private CopyIn copy;

		private int rowsInChunk;

		CopyBatch(Connection connection, boolean firstLoad) {
			this.connection = connection;
			this.firstLoad = firstLoad;
		}

		@Override
		public void add(Object[] row) {
			this.line.setLength(0);
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					this.line.append(',');
				}
				if (row[i] instanceof Timestamp time) {
					this.line.append(time.toInstant());
				}
				else if (row[i] != null) {
					this.line.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
				}
			}
			this.line.append('\n');
			this.buffer.writeBytes(this.line.toString().getBytes(StandardCharsets.UTF_8));
			if (this.buffer.size() >= SEND_BYTES) {
				send();
			}
			if (++this.rowsInChunk >= CHUNK) {
				endChunk();
			}
		}

		@Override
		public void close() {
			try {
				endChunk();
			}
			finally {
				DataSourceUtils.releaseConnection(this.connection, PostgresCopyUnitInsert.this.dataSource);
			}
			if (this.firstLoad) {
				PostgresCopyUnitInsert.this.firstLoad.finish();
			}
		}

		private void send() {
			try {
				if (this.copy == null) {
					this.copy = new CopyManager(this.connection.unwrap(BaseConnection.class)).copyIn(COPY);
				}
				this.copy.writeToCopy(this.buffer.toByteArray(), 0, this.buffer.size());
				this.buffer.reset();
			}
			catch (SQLException ex) {
				throw translate(ex);
			}
		}

		private void endChunk() {
			if (this.buffer.size() > 0) {
				send();
			}
			if (this.copy != null) {
				try {
					this.copy.endCopy();
				}
				catch (SQLException ex) {
					throw translate(ex);
				}
				this.copy = null;
			}
			this.rowsInChunk = 0;
		}

		private RuntimeException translate(SQLException ex) {
			return new SQLExceptionSubclassTranslator().translate("COPY org_unit", COPY, ex);
		}

	}

}
