package org.gongzhi.identity;

import org.junit.jupiter.api.Test;

import org.gongzhi.support.PostgresTest;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class AuditLogOnPostgresTest extends AuditLogContract {

	@Override
	protected void withoutDatabaseGuard(Runnable tampering) {
		this.jdbc.sql("alter table audit_log disable trigger audit_log_no_change").update();
		try {
			tampering.run();
		}
		finally {
			this.jdbc.sql("alter table audit_log enable trigger audit_log_no_change").update();
		}
	}

	@Test
	void postgresRefusesToChangeOrDeleteAnAuditEntry() {
		// the oldest live entry: older ones may have moved to the archive
		long first = this.jdbc.sql("select min(id) from audit_log").query(Long.class).single();
		assertThatThrownBy(() -> this.jdbc.sql("update audit_log set actor = 'x' where id = ?").param(first).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log where id = ?").param(first).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

}
