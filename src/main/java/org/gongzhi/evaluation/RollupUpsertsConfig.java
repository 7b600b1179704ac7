package org.gongzhi.evaluation;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.gongzhi.shared.Databases;

import org.springframework.context.annotation.Bean;
import org.gongzhi.shared.Databases;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class RollupUpsertsConfig {

	@Bean
	RollupUpserts rollupUpserts(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
		return Databases.isPostgres(dataSource) ? new PostgresRollupUpserts(jdbc) : new H2RollupUpserts(jdbc);
	}

}
