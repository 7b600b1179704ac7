package org.gongzhi.cases;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a periodic job, held in the database so that of several nodes only one runs
 * a round: taking it is one conditional update, which only the first node whose clock
 * passed the previous lease wins. A node that dies leaves a lease that simply runs out.
 */
@Component
class JobLease {

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	private final Clock clock;

	JobLease(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the job's lease for at most {@code atMost}; whether this node got it. */
	boolean acquire(String job, Duration atMost) {
		Instant now = Instant.now(this.clock);
		return this.jdbc
			.sql("update case_job_lease set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?")
			.params(Timestamp.from(now.plus(atMost)), NODE, job, Timestamp.from(now))
			.update() == 1;
	}

	/** Gives the lease back at once, so that the next round may run on any node. */
	void release(String job) {
		this.jdbc.sql("update case_job_lease set locked_until = ? where name = ? and locked_by = ?")
			.params(Timestamp.from(Instant.EPOCH), job, NODE)
			.update();
	}

}
