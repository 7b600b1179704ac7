package org.gongzhi.cases;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One statement in its own transaction: an upsert that returns the new value. The
 * counter's row lock lasts only until that commit, and the commit does not wait for the
 * disk ({@code synchronous_commit} off for this transaction only), so concurrent writers
 * of one district do not queue behind each other's disk flushes. Losing the last
 * increments in a crash cannot duplicate a number: a case that used one commits later,
 * with a synchronous commit that flushes the counter's earlier commit too.
 */
class PostgresCaseNumberCounter implements CaseNumberCounter {

	private static final String NEXT = "insert into case_number_counter (district_code, on_day, last_value)"
			+ " select ?, ?, ? from (select set_config('synchronous_commit', 'off', true)) as asynchronous"
			+ " on conflict (district_code, on_day)"
			+ " do update set last_value = case_number_counter.last_value + excluded.last_value returning last_value";

	private final JdbcClient jdbc;

	private final TransactionTemplate outsideTransactions;

	PostgresCaseNumberCounter(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.outsideTransactions = new TransactionTemplate(transactions);
		this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	@Override
	public int next(String districtCode, LocalDate day, int count) {
		Integer next = this.outsideTransactions.execute((status) -> this.jdbc.sql(NEXT)
			.params(districtCode, Date.valueOf(day), count)
			.query(Integer.class)
			.single());
		return next;
	}

}
