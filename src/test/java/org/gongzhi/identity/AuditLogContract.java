package org.gongzhi.identity;

import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security audit log on H2 and PostgreSQL: what it records, that only the auditor
 * reads it, and that its hash chain reveals a changed entry.
 */
abstract class AuditLogContract extends ApplicationTest {

	@Autowired
	private AuditLog audit;

	@Autowired
	private UserAccounts accounts;

	/**
	 * Runs {@code tampering} with whatever the database does to keep the log append-only
	 * switched off, then switches it back on.
	 */
	protected abstract void withoutDatabaseGuard(Runnable tampering);

	@Test
	void signInsFailuresAndSignOutsAreRecordedWithoutSecrets() {
		String known = "known-" + System.nanoTime();
		this.accounts.createIfAbsent(new NewUser(known, "Yizhi#2026ab", "已知用户", "210105001002", null,
				java.util.Set.of(Role.RESIDENT), false));
		http().login(known, "Secret#Typed1");
		TestHttp leader = http().loginAs(DemoUser.LEADER);
		leader.postForm("/logout", java.util.Map.of());
		TestHttp auditor = http().loginAs(DemoUser.AUDITOR);
		JsonNode failed = auditor.get("/api/identity/audit?action=LOGIN_FAILED&actor=" + known).json();
		assertThat(failed.size()).isEqualTo(1);
		assertThat(failed.get(0).path("outcome").asString()).isEqualTo("FAILURE");
		assertThat(failed.get(0).path("clientIp").asString()).isNotBlank();
		assertThat(auditor.get("/api/identity/audit?actor=leader&action=LOGIN").json().size()).isPositive();
		assertThat(auditor.get("/api/identity/audit?actor=leader&action=LOGOUT").json().size()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from audit_log where detail like ? or target like ?")
			.params("%Secret#Typed1%", "%Secret#Typed1%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aNameTypedThatIsNoAccountIsNotKeptAnywhere() {
		String typed = "Mima#" + System.nanoTime();
		http().login(typed, "whatever");
		AuditEntry failed = this.audit.latest("LOGIN_FAILED", null, 1).get(0);
		assertThat(failed.actor()).isNull();
		assertThat(failed.detail()).isEqualTo("unknown account");
		assertThat(this.jdbc.sql("select count(*) from audit_log where actor = ? or target = ? or detail like ?")
			.params(typed, typed, "%" + typed + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from login_failure where username = ?")
			.param(typed)
			.query(Integer.class)
			.single()).as("failures are counted under a keyed hash").isZero();
		assertThat(this.jdbc.sql("select count(*) from login_failure").query(Integer.class).single()).isPositive();
	}

	@Test
	void aSignedInUsersAttemptBeyondTheirRightsIsRecorded() {
		TestHttp leader = http().loginAs(DemoUser.LEADER);
		assertThat(leader.get("/api/identity/users").status()).isEqualTo(403);
		assertThat(leader.get("/identity/audit").status()).isEqualTo(403);
		List<AuditEntry> denied = this.audit.latest("ACCESS_DENIED", "leader", 2);
		assertThat(denied).extracting(AuditEntry::target)
			.containsExactly("GET /identity/audit", "GET /api/identity/users");
		assertThat(denied).allSatisfy((entry) -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED));
		http().get("/api/identity/users");
		assertThat(this.audit.latest("ACCESS_DENIED", null, 1).get(0).actor()).as("anonymous callers are not recorded")
			.isEqualTo("leader");
	}

	@Test
	void otherModulesRecordTheirOwnActionsAsTheSignedInUser() {
		this.audit.record("EXPORT_PERSONS", "grid 210105001002001", AuditEntry.Outcome.SUCCESS, "reason: 走访");
		AuditEntry entry = this.audit.latest("EXPORT_PERSONS", null, 1).get(0);
		assertThat(entry.actor()).as("no user outside a request").isNull();
		assertThat(entry.detail()).isEqualTo("reason: 走访");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theChainIsIntactAndEveryEntryPointsToItsPredecessor() {
		TestHttp auditor = http().loginAs(DemoUser.AUDITOR);
		JsonNode verification = auditor.get("/api/identity/audit/verification").json();
		assertThat(verification.path("intact").asBoolean()).isTrue();
		assertThat(verification.path("checked").asLong()).isPositive();
		JsonNode shortPath = auditor.get("/api/audit/verify").json();
		assertThat(shortPath.path("intact").asBoolean()).isTrue();
		assertThat(shortPath.path("checked").asLong()).isGreaterThanOrEqualTo(verification.path("checked").asLong());
		assertThat(http().loginAs(DemoUser.ADMIN).get("/api/audit/verify").status()).isEqualTo(403);
		List<AuditEntry> newest = this.audit.latest(null, null, 2);
		assertThat(newest.get(0).prevHash()).isEqualTo(newest.get(1).hash());
		assertThat(newest.get(0).id()).isEqualTo(newest.get(1).id() + 1);
	}

	@Test
	void aChangedEntryBreaksTheChainFromThatEntryOn() {
		http().login("tamper-" + System.nanoTime(), "Wrong#Password1");
		AuditEntry victim = this.audit.latest("LOGIN_FAILED", null, 1).get(0);
		withoutDatabaseGuard(() -> this.jdbc.sql("update audit_log set actor = 'someone-else' where id = ?")
			.param(victim.id())
			.update());
		try {
			AuditLog.Verification verification = this.audit.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenId()).isEqualTo(victim.id());
			assertThat(http().loginAs(DemoUser.AUDITOR).get("/identity/audit?verify=true").body()).contains("日志链已被破坏");
		}
		finally {
			withoutDatabaseGuard(() -> this.jdbc.sql("update audit_log set actor = ? where id = ?")
				.params(victim.actor(), victim.id())
				.update());
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aRemovedLastEntryIsNoticedThroughTheChainHead() {
		this.audit.record("PROBE", "probe", AuditEntry.Outcome.SUCCESS, null);
		AuditEntry last = this.audit.latest(null, null, 1).get(0);
		withoutDatabaseGuard(() -> this.jdbc.sql("delete from audit_log where id = ?").param(last.id()).update());
		try {
			assertThat(this.audit.verify().intact()).isFalse();
		}
		finally {
			withoutDatabaseGuard(() -> this.jdbc
				.sql("insert into audit_log (id, occurred_at, actor, action, target, outcome, client_ip, detail,"
						+ " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(last.id(), java.sql.Timestamp.from(last.occurredAt()), last.actor(), last.action(),
						last.target(), last.outcome().name(), last.clientIp(), last.detail(), last.prevHash(),
						last.hash())
				.update());
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theAuditorsPageListsEntriesInTheChosenLanguage() {
		http().loginAs(DemoUser.COMMUNITY_WORKER);
		TestHttp auditor = http().loginAs(DemoUser.AUDITOR);
		String page = auditor.get("/identity/audit?actor=community&action=LOGIN&verify=true").body();
		assertThat(page).contains("日志链完整").contains("data-action=\"LOGIN\"").contains("<td>登录</td>");
		String english = auditor.get("/identity/audit?actor=community&action=LOGIN&verify=true&lang=en").body();
		assertThat(english).contains("The log chain is intact").contains("<td>Sign-in</td>");
		assertThat(http().loginAs(DemoUser.ADMIN).get("/identity/audit").status()).as("三员分立").isEqualTo(403);
	}

}
