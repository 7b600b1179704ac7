package org.gongzhi.cases;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Update, or insert the day's first row, in a short transaction of its own (H2). */
class PortableCaseNumberCounter implements CaseNumberCounter {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	PortableCaseNumberCounter(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public int next(String districtCode, LocalDate day, int count) {
		for (int attempt = 0;; attempt++) {
			try {
				Integer next = this.ownTransaction.execute((status) -> increment(districtCode, day, count));
				return next;
			}
			catch (DuplicateKeyException ex) {
				// another report inserted the day's first row at the same time: increment
				// it
				if (attempt > 3) {
					throw ex;
				}
			}
		}
	}

	private int increment(String districtCode, LocalDate day, int count) {
		Date date = Date.valueOf(day);
		int updated = this.jdbc
			.sql("update case_number_counter set last_value = last_value + ? where district_code = ? and on_day = ?")
			.params(count, districtCode, date)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into case_number_counter (district_code, on_day, last_value) values (?, ?, ?)")
				.params(districtCode, date, count)
				.update();
			return count;
		}
		return this.jdbc.sql("select last_value from case_number_counter where district_code = ? and on_day = ?")
			.params(districtCode, date)
			.query(Integer.class)
			.single();
	}

}
