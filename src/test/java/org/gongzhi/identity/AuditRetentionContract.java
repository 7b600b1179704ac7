package org.gongzhi.identity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's CSV export of a period and the archiving of old entries, on H2 and
 * PostgreSQL: the export is audited with its reason and opens in Excel; archived entries
 * leave the live table but stay in the chain, which still verifies across the boundary.
 */
abstract class AuditRetentionContract extends ApplicationTest {

	@Autowired
	private AuditLog audit;

	@Autowired
	private AuditArchive archive;

	/**
	 * Runs {@code tampering} with whatever the database does to keep the archive
	 * append-only switched off, then switches it back on.
	 */
	protected abstract void withoutArchiveGuard(Runnable tampering);

	@Test
	void theAuditorExportsAPeriodAsExcelReadyCsvAndTheExportIsAudited() {
		this.audit.record("PROBE", "probe, \"quoted\"", AuditEntry.Outcome.SUCCESS, "=cmd|' /C calc'!A0");
		AuditEntry probe = this.audit.latest("PROBE", null, 1).get(0);
		TestHttp auditor = http().loginAs(DemoUser.AUDITOR);
		String today = today().toString();
		TestHttp.Response csv = auditor.get("/api/identity/audit/export?from=" + today + "&to=" + today
				+ "&reason=%E5%AD%A3%E5%BA%A6%E5%AE%A1%E8%AE%A1");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).contains("attachment")
			.contains("audit-log_" + today + "_" + today + ".csv");
		assertThat(csv.body()).as("a byte order mark for Excel").startsWith("\uFEFF");
		String[] lines = csv.body().substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo("序号,时间,操作人,操作代码,操作,对象,结果,IP 地址,说明,上一条哈希,哈希");
		assertThat(csv.body()).contains(probe.id() + ",")
			.contains(",PROBE,PROBE,\"probe, \"\"quoted\"\"\",成功,")
			.as("a formula is defused")
			.contains(",'=cmd|' /C calc'!A0,")
			.contains(probe.hash());

		AuditEntry exported = this.audit.latest("AUDIT_EXPORTED", "auditor", 1).get(0);
		assertThat(exported.detail()).endsWith("reason: 季度审计");
		assertThat(exported.target()).isEqualTo("audit_log " + today + "–" + today);

		String english = auditor
			.get("/api/identity/audit/export?from=" + today + "&to=" + today + "&reason=review", "Accept-Language",
					"en")
			.body();
		assertThat(english.substring(1)).startsWith("No.,Time,Actor,Action code,Action,");
	}

	@Test
	void anExportNeedsAReasonAndAPeriodAndIsTheAuditorsOnly() {
		TestHttp auditor = http().loginAs(DemoUser.AUDITOR);
		String today = today().toString();
		TestHttp.Response noReason = auditor.get("/api/identity/audit/export?from=" + today + "&to=" + today);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.contentType()).startsWith("application/problem+json");
		assertThat(noReason.json().path("detail").asString()).isEqualTo("请填写导出事由。");
		TestHttp.Response backwards = auditor
			.get("/api/identity/audit/export?from=" + today + "&to=" + today().minusDays(1) + "&reason=x");
		assertThat(backwards.json().path("detail").asString()).contains("不能早于开始日期");
		assertThat(http().loginAs(DemoUser.ADMIN)
			.get("/api/identity/audit/export?from=" + today + "&to=" + today + "&reason=x")
			.status()).as("三员分立").isEqualTo(403);

		TestHttp.Response page = auditor.postForm("/identity/audit/export",
				Map.of("from", today, "to", today, "reason", " "));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"error-reason\">请填写导出事由。");
		TestHttp.Response download = auditor.postForm("/identity/audit/export",
				Map.of("from", today, "to", today, "reason", "等保测评"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("text/csv");
		assertThat(this.audit.latest("AUDIT_EXPORTED", "auditor", 1).get(0).detail()).endsWith("reason: 等保测评");
	}

	@Test
	void entriesOlderThanTheRetentionMoveToTheArchiveAndTheChainStillVerifies() {
		moveClockPastNewestEntry();
		this.audit.record("PROBE", "old entry", AuditEntry.Outcome.SUCCESS, null);
		AuditEntry old = this.audit.latest("PROBE", null, 1).get(0);
		this.clock.advance(Duration.ofDays(179));
		this.archive.archive();
		assertThat(liveCount(old.id())).as("kept while younger than 180 days").isEqualTo(1);

		this.clock.advance(Duration.ofDays(2));
		assertThat(this.archive.archive()).isPositive();
		assertThat(liveCount(old.id())).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_log_archive where id = ? and hash = ?")
			.params(old.id(), old.hash())
			.query(Integer.class)
			.single()).isEqualTo(1);
		AuditEntry archived = this.audit.latest("AUDIT_ARCHIVED", null, 1).get(0);
		assertThat(archived.detail()).contains("moved to audit_log_archive");
		assertThat(this.archive.archive()).as("nothing left that is old enough").isZero();

		AuditLog.Verification verification = this.audit.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.checked()).isEqualTo(archived.id());
		this.clock.reset();
		http().loginAs(DemoUser.LEADER);
		assertThat(http().loginAs(DemoUser.AUDITOR)
			.get("/api/identity/audit/verification")
			.json()
			.path("intact")
			.asBoolean()).as("new entries chain on to the anchor").isTrue();

		String day = LocalDate.ofInstant(old.occurredAt(), AuditExport.ZONE).toString();
		assertThat(http().loginAs(DemoUser.AUDITOR)
			.get("/api/identity/audit/export?from=" + day + "&to=" + day + "&reason=archive")
			.body()).as("the export covers the archive").contains(old.hash());
	}

	@Test
	void aChangedArchivedEntryBreaksTheChain() {
		moveClockPastNewestEntry();
		this.audit.record("PROBE", "to be archived", AuditEntry.Outcome.SUCCESS, null);
		AuditEntry victim = this.audit.latest("PROBE", null, 1).get(0);
		this.clock.advance(Duration.ofDays(181));
		this.archive.archive();
		this.clock.reset();
		withoutArchiveGuard(() -> this.jdbc.sql("update audit_log_archive set detail = 'rewritten' where id = ?")
			.param(victim.id())
			.update());
		try {
			AuditLog.Verification verification = this.audit.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenId()).isEqualTo(victim.id());
		}
		finally {
			withoutArchiveGuard(() -> this.jdbc.sql("update audit_log_archive set detail = null where id = ?")
				.param(victim.id())
				.update());
		}
		assertThat(this.audit.verify().intact()).isTrue();
		long anchor = this.jdbc.sql("select archived_id from audit_chain_head where id = 1").query(Long.class).single();
		withoutArchiveGuard(() -> this.jdbc.sql("update audit_chain_head set archived_hash = ? where id = 1")
			.param("f".repeat(64))
			.update());
		try {
			assertThat(this.audit.verify().intact()).as("the anchor must match the archive's end").isFalse();
		}
		finally {
			this.jdbc
				.sql("update audit_chain_head set archived_hash = (select hash from audit_log_archive where id = ?)"
						+ " where id = 1")
				.param(anchor)
				.update();
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	/**
	 * Only a prefix of the chain moves, and tests before this one may have written
	 * entries at a time moved forward: the next entry should be the newest, as it is
	 * outside tests.
	 */
	protected void moveClockPastNewestEntry() {
		java.time.Instant newest = this.jdbc.sql("select max(occurred_at) from audit_log")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		if (newest.isAfter(this.clock.instant())) {
			this.clock.advance(Duration.between(this.clock.instant(), newest).plusSeconds(1));
		}
	}

	private int liveCount(long id) {
		return this.jdbc.sql("select count(*) from audit_log where id = ?").param(id).query(Integer.class).single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), AuditExport.ZONE);
	}

}
