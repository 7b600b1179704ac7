package org.gongzhi.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Which database the application runs on, for the parts written twice: once for
 * PostgreSQL (COPY, upserts, sequences, ANALYZE), once portable (H2).
 */
public final class Databases {

	private Databases() {
	}

	/** Whether {@code dataSource} is PostgreSQL; asks on a connection of the pool. */
	public static boolean isPostgres(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

}
