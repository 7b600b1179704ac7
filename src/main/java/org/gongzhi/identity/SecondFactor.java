package org.gongzhi.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.gongzhi.shared.problem.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second sign-in factor of staff (等保 level 3: two kinds of authentication, one of
 * them cryptographic): a TOTP authenticator app. The shared secret is kept encrypted with
 * AES-GCM; a code is accepted once.
 */
@Service
class SecondFactor {

	static final String ISSUER = "Gongzhi";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FieldCipher cipher;

	private final AuditLog audit;

	SecondFactor(JdbcClient jdbc, Clock clock, KeyedHash keys, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cipher = new FieldCipher(keys.derive("second-factor"));
		this.audit = audit;
	}

	/** A secret waiting to be confirmed with a first code. */
	record Enrollment(String secret, String uri) {

		@Override
		public String toString() {
			return "Enrollment[]";
		}

	}

	@Transactional(readOnly = true)
	boolean enrolled(long userId) {
		return this.jdbc.sql("select count(*) from second_factor where user_id = ? and confirmed = true")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Starts (or restarts) enrolment with a new secret; refused once enrolled. */
	@Transactional
	Enrollment begin(long userId, String username) {
		if (enrolled(userId)) {
			throw new ConflictException("identity.totp.already-enrolled");
		}
		String secret = Totp.newSecret();
		this.jdbc.sql("delete from second_factor where user_id = ?").param(userId).update();
		this.jdbc
			.sql("insert into second_factor (user_id, secret_enc, confirmed, last_step, created_at)"
					+ " values (?, ?, false, 0, ?)")
			.params(userId, this.cipher.encrypt(secret), Timestamp.from(this.clock.instant()))
			.update();
		return new Enrollment(secret, Totp.uri(ISSUER, username, secret));
	}

	/** Confirms enrolment with a code of the new secret. */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	void confirm(long userId, String username, String code) {
		Stored stored = stored(userId).filter((row) -> !row.confirmed())
			.orElseThrow(() -> new ConflictException("identity.totp.not-started"));
		OptionalLong step = Totp.match(Totp.fromBase32(this.cipher.decrypt(stored.secretEnc())), code,
				this.clock.instant(), stored.lastStep());
		if (step.isEmpty()) {
			throw new FieldRejectedException("code", "identity.totp.wrong-code");
		}
		this.jdbc.sql("update second_factor set confirmed = true, last_step = ? where user_id = ?")
			.params(step.getAsLong(), userId)
			.update();
		this.audit.record(username, "SECOND_FACTOR_ENROLLED", username, AuditEntry.Outcome.SUCCESS, null);
	}

	/** Whether the code is right for an enrolled user; a code is used once. */
	@Transactional
	boolean verify(long userId, String code) {
		Optional<Stored> stored = stored(userId).filter(Stored::confirmed);
		if (stored.isEmpty()) {
			return false;
		}
		OptionalLong step = Totp.match(Totp.fromBase32(this.cipher.decrypt(stored.get().secretEnc())), code,
				this.clock.instant(), stored.get().lastStep());
		step.ifPresent((used) -> this.jdbc.sql("update second_factor set last_step = ? where user_id = ?")
			.params(used, userId)
			.update());
		return step.isPresent();
	}

	/**
	 * Removes the second factor, e.g. when the phone is lost (by a security
	 * administrator).
	 */
	@Transactional
	void remove(long userId, String username) {
		this.jdbc.sql("delete from second_factor where user_id = ?").param(userId).update();
		this.audit.record("SECOND_FACTOR_REMOVED", username, AuditEntry.Outcome.SUCCESS, null);
	}

	private Optional<Stored> stored(long userId) {
		return this.jdbc.sql("select secret_enc, confirmed, last_step from second_factor where user_id = ?")
			.param(userId)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getBoolean(2), rs.getLong(3)))
			.optional();
	}

	private record Stored(String secretEnc, boolean confirmed, long lastStep) {
	}

}
