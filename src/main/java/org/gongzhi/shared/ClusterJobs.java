package org.gongzhi.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a round of a periodic job on one node of a cluster at a time (ShedLock, with its
 * lock rows in the table {@code shedlock} and the database's clock, so that nodes whose
 * clocks drift still agree). Another node's round in progress makes this one skip, not
 * wait; a node that dies leaves a lock that runs out after {@code atMost}.
 */
@Component
public class ClusterJobs {

	private final LockingTaskExecutor executor;

	ClusterJobs(DataSource dataSource) {
		this.executor = new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.build()));
	}

	/**
	 * The result of one round of {@code job}, or empty if another node is running it.
	 * @param job the job's name (at most 64 characters)
	 * @param atMost how long the lock holds if this node dies during the round
	 * @param round the work
	 */
	public <T> Optional<T> runExclusively(String job, Duration atMost, Supplier<T> round) {
		try {
			LockingTaskExecutor.TaskResult<T> result = this.executor.executeWithLock(round::get,
					new LockConfiguration(Instant.now(), job, atMost, Duration.ZERO));
			return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

}
