package org.gongzhi.org;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/** PostgreSQL's COPY, fed CSV from memory. */
class PostgresCopyUnitInsert implements UnitBulkInsert {

	private static final String COPY = "copy org_unit (code, name, level, parent_code, path, updated_at)"
			+ " from stdin with (format csv)";

	private final DataSource dataSource;

	PostgresCopyUnitInsert(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void insert(List<Object[]> rows) {
		StringBuilder csv = new StringBuilder(rows.size() * 80);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				if (row[i] instanceof Timestamp time) {
					csv.append(time.toInstant());
				}
				else if (row[i] != null) {
					csv.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
				}
			}
			csv.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(COPY, new StringReader(csv.toString()));
		}
		catch (SQLException ex) {
			throw new SQLExceptionSubclassTranslator().translate("COPY org_unit", COPY, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	@Override
	public int batchSize() {
		return 50_000;
	}

}
