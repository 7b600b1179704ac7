package org.gongzhi.org;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * PostgreSQL's COPY in its binary format both ways: the existing units stream out without
 * a JDBC row per unit ({@link PostgresCopyOut}), the new ones stream in without the
 * server parsing text ({@link PostgresCopyIn}), and a load into an empty tree builds its
 * keys and indexes once at the end ({@link PostgresFirstLoad}).
 */
class PostgresUnitTable implements UnitTable {

	/** Header of the binary COPY format: signature, flags, no extension. */
	static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0,
			0 };

	/** The columns {@link #readDivisions} selects. */
	private static final int[] READ = { UnitRow.CODE, UnitRow.NAME, UnitRow.PATH };

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
				// code order after a first load, as the lookups want: read the table
				// from its first page, not where another scan is, in one process
				statement.execute("set local synchronize_seqscans = off");
				statement.execute("set local max_parallel_workers_per_gather = 0");
			}
			PostgresCopyOut rows = new PostgresCopyOut(
					new CopyManager(connection.unwrap(BaseConnection.class)).copyOut(sql));
			UnitRow row = new UnitRow();
			while (rows.next()) {
				for (int column : READ) {
					rows.field(row, column);
				}
				units.addStored(row);
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw translate(sql, ex);
		}
	}

	@Override
	public Batch start(Instant now) {
		Connection connection = null;
		try {
			// a connection of its own, as a first load commits on it
			connection = this.dataSource.getConnection();
			return new PostgresCopyIn(connection, this.firstLoad.begin(connection) ? this.firstLoad : null, now);
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw translate("copy org_unit", ex);
		}
	}

	static RuntimeException translate(String sql, SQLException ex) {
		return new SQLExceptionSubclassTranslator().translate("COPY org_unit", sql, ex);
	}

	static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// already failing: the first exception tells
			}
		}
	}

}
