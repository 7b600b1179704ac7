package org.gongzhi.org;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.gongzhi.shared.Databases;

import org.springframework.context.annotation.Bean;
import org.gongzhi.shared.Databases;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class UnitTableConfig {

	@Bean
	UnitTable unitTable(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
		return Databases.isPostgres(dataSource) ? new PostgresUnitTable(dataSource, jdbc) : new JdbcUnitTable(jdbc);
	}

}
