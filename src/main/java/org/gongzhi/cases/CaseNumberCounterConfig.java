package org.gongzhi.cases;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.gongzhi.shared.Databases;

import org.springframework.context.annotation.Bean;
import org.gongzhi.shared.Databases;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class CaseNumberCounterConfig {

	@Bean
	CaseNumberCounter caseNumberCounter(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions)
			throws SQLException {
		return Databases.isPostgres(dataSource) ? new PostgresCaseNumberCounter(jdbc, transactions)
				: new PortableCaseNumberCounter(jdbc, transactions);
	}

}
