package org.gongzhi.org;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class UnitTableConfig {

	@Bean
	UnitTable unitTable(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			return postgres ? new PostgresUnitTable(dataSource, jdbc) : new JdbcUnitTable(jdbc);
		}
	}

}
