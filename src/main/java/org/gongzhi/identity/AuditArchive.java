package org.gongzhi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the live audit log small without losing anything (等保: 审计记录保存不少于六个月): once a day,
 * entries older than the retention move, unchanged, to the archive table, and the chain
 * head remembers the last archived entry's hash as the anchor the live part starts from.
 * Only a prefix of the chain moves, so both parts stay contiguous and
 * {@link AuditLog#verify()} checks them as one chain. On PostgreSQL the database itself
 * lets an entry leave the live table only once its identical copy is in the (append-only)
 * archive.
 */
@Service
class AuditArchive {

	private static final Logger log = LoggerFactory.getLogger(AuditArchive.class);

	/** Entries moved per transaction, so that appending is never held up for long. */
	static final int BATCH = 5_000;

	private static final String COLUMNS = "id, occurred_at, actor, action, target, outcome, client_ip, detail,"
			+ " prev_hash, hash";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	AuditArchive(JdbcClient jdbc, Clock clock, SecurityProperties properties, AuditLog audit,
			PlatformTransactionManager transactions) {
		if (properties.auditRetention().compareTo(SecurityProperties.MIN_AUDIT_RETENTION) < 0) {
			throw new IllegalStateException("gongzhi.security.audit-retention must be at least "
					+ SecurityProperties.MIN_AUDIT_RETENTION.toDays() + " days (等保 level 3)");
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = properties.auditRetention();
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${gongzhi.security.audit-archive-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void archiveOnSchedule() {
		long moved = archive();
		if (moved > 0) {
			log.info("Moved {} audit entries older than {} days to the archive", moved, this.retention.toDays());
		}
	}

	/**
	 * Moves every entry older than the retention to the archive, in batches; returns how
	 * many moved. Safe to run on several nodes at once: the chain head is locked.
	 */
	long archive() {
		long moved = 0;
		Integer batch;
		try {
			do {
				batch = this.transactions.execute((status) -> archiveBatch());
				moved += (batch != null) ? batch : 0;
			}
			while (batch != null && batch == BATCH);
		}
		catch (IllegalStateException ex) {
			this.audit.recordSeparately(null, "AUDIT_ARCHIVED", "audit_log", AuditEntry.Outcome.FAILURE,
					ex.getMessage());
			throw ex;
		}
		return moved;
	}

	private int archiveBatch() {
		Anchor anchor = this.jdbc.sql("select last_id, archived_id from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Anchor(rs.getLong(1), rs.getLong(2)))
			.single();
		Instant cutoff = this.clock.instant().minus(this.retention);
		Long firstKept = this.jdbc.sql("select min(id) from audit_log where occurred_at >= ?")
			.param(Timestamp.from(cutoff))
			.query(Long.class)
			.optional()
			.orElse(null);
		// the prefix of the chain that is old enough: an entry stays while any before it
		// does
		long upTo = Math.min((firstKept != null) ? firstKept - 1 : anchor.lastId(), anchor.archivedId() + BATCH);
		if (upTo <= anchor.archivedId()) {
			return 0;
		}
		int copied = this.jdbc
			.sql("insert into audit_log_archive (" + COLUMNS + ", archived_at) select " + COLUMNS
					+ ", ? from audit_log where id > ? and id <= ?")
			.params(Timestamp.from(this.clock.instant()), anchor.archivedId(), upTo)
			.update();
		String anchorHash = this.jdbc.sql("select hash from audit_log where id = ?")
			.param(upTo)
			.query(String.class)
			.optional()
			.orElse(null);
		if (copied != upTo - anchor.archivedId() || anchorHash == null) {
			// entries are missing: moving them would hide where; verification names it
			throw new IllegalStateException("audit entries " + (anchor.archivedId() + 1) + "–" + upTo
					+ " are not all there; not archived, check GET /api/identity/audit/verification");
		}
		this.jdbc.sql("delete from audit_log where id > ? and id <= ?").params(anchor.archivedId(), upTo).update();
		this.jdbc.sql("update audit_chain_head set archived_id = ?, archived_hash = ? where id = 1")
			.params(upTo, anchorHash)
			.update();
		this.audit.record(null, "AUDIT_ARCHIVED", "audit_log " + (anchor.archivedId() + 1) + "–" + upTo,
				AuditEntry.Outcome.SUCCESS, copied + " entries older than " + this.retention.toDays()
						+ " days moved to audit_log_archive, anchor " + anchorHash);
		return copied;
	}

	private record Anchor(long lastId, long archivedId) {
	}

}
