package org.gongzhi.identity;

import org.junit.jupiter.api.Test;

import org.gongzhi.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class AuditRetentionOnPostgresTest extends AuditRetentionContract {

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private AuditLog audit;

	@Autowired
	private AuditArchive archive;

	@Override
	protected void withoutArchiveGuard(Runnable tampering) {
		this.jdbc.sql("alter table audit_log_archive disable trigger audit_log_archive_no_change").update();
		try {
			tampering.run();
		}
		finally {
			this.jdbc.sql("alter table audit_log_archive enable trigger audit_log_archive_no_change").update();
		}
	}

	@Test
	void postgresLetsAnEntryLeaveTheLiveTableOnlyAsAnIdenticalCopyInTheArchive() {
		this.audit.record("PROBE", "guarded", AuditEntry.Outcome.SUCCESS, null);
		AuditEntry entry = this.audit.latest("PROBE", null, 1).get(0);
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log where id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		rolledBack.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql(
					"insert into audit_log_archive (id, occurred_at, actor, action, target, outcome, client_ip, detail,"
							+ " prev_hash, hash, archived_at) select id, occurred_at, 'someone-else', action, target,"
							+ " outcome, client_ip, detail, prev_hash, hash, occurred_at from audit_log where id = ?")
				.param(entry.id())
				.update();
			assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log where id = ?").param(entry.id()).update())
				.as("a copy that differs does not count")
				.isInstanceOf(DataAccessException.class);
		});
		rolledBack.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql(
					"insert into audit_log_archive (id, occurred_at, actor, action, target, outcome, client_ip, detail,"
							+ " prev_hash, hash, archived_at) select id, occurred_at, actor, action, target, outcome,"
							+ " client_ip, detail, prev_hash, hash, occurred_at from audit_log where id = ?")
				.param(entry.id())
				.update();
			assertThat(this.jdbc.sql("delete from audit_log where id = ?").param(entry.id()).update()).isEqualTo(1);
		});
		assertThat(this.jdbc.sql("select count(*) from audit_log where id = ?")
			.param(entry.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void postgresRefusesToChangeDeleteOrTruncateTheArchive() {
		moveClockPastNewestEntry();
		this.audit.record("PROBE", "to be archived", AuditEntry.Outcome.SUCCESS, null);
		this.clock.advance(java.time.Duration.ofDays(181));
		this.archive.archive();
		this.clock.reset();
		assertThatThrownBy(() -> this.jdbc.sql("update audit_log_archive set actor = 'x'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log_archive").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_log_archive").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_log").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

}
