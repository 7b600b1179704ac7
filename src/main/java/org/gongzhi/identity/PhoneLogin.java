package org.gongzhi.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents sign in with their mobile number and a one-time code sent by SMS. A code
 * lives five minutes, works once and survives five wrong tries; a phone gets at most one
 * code a minute. The first sign-in creates the resident's account. Phone numbers are kept
 * only as keyed hashes.
 */
@Service
class PhoneLogin {

	private static final Duration CODE_LIFE = Duration.ofMinutes(5);

	private static final Duration RESEND_AFTER = Duration.ofMinutes(1);

	private static final int MAX_TRIES = 5;

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	private final Clock clock;

	private final ObjectProvider<SmsSender> sms;

	private final UserAccounts accounts;

	private final MessageSource messages;

	private final AuditLog audit;

	private final SecureRandom random = new SecureRandom();

	PhoneLogin(JdbcClient jdbc, KeyedHash hash, Clock clock, ObjectProvider<SmsSender> sms, UserAccounts accounts,
			MessageSource messages, AuditLog audit) {
		this.jdbc = jdbc;
		this.hash = hash;
		this.clock = clock;
		this.sms = sms;
		this.accounts = accounts;
		this.messages = messages;
		this.audit = audit;
	}

	boolean available() {
		return sender() != null;
	}

	/** The gateway of highest precedence: a real one before the demo's log. */
	private SmsSender sender() {
		return this.sms.orderedStream().findFirst().orElse(null);
	}

	/** Sends a new code to the phone. */
	@Transactional
	void sendCode(String phone, Locale locale) {
		SmsSender sender = sender();
		if (sender == null) {
			throw new GongzhiException(HttpStatus.SERVICE_UNAVAILABLE, "sms-unavailable", "identity.phone.no-sms");
		}
		String key = phoneKey(valid(phone));
		Instant now = this.clock.instant();
		int recent = this.jdbc.sql("select count(*) from phone_login_code where phone_key = ? and created_at > ?")
			.params(key, Timestamp.from(now.minus(RESEND_AFTER)))
			.query(Integer.class)
			.single();
		if (recent > 0) {
			throw new ConflictException("identity.phone.wait");
		}
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		this.jdbc.sql("insert into phone_login_code (phone_key, code_hash, created_at, expires_at) values (?, ?, ?, ?)")
			.params(key, codeHash(key, code), Timestamp.from(now), Timestamp.from(now.plus(CODE_LIFE)))
			.update();
		sender.send(phone, this.messages.getMessage("identity.phone.sms", new Object[] { code }, locale));
	}

	/**
	 * Checks the code and returns the username of the phone's resident account, created
	 * on the first sign-in.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	String signIn(String phone, String code) {
		String key = phoneKey(valid(phone));
		Instant now = this.clock.instant();
		Code latest = this.jdbc
			.sql("select id, code_hash, attempts from phone_login_code where phone_key = ? and used = false"
					+ " and expires_at > ? order by created_at desc")
			.params(key, Timestamp.from(now))
			.query((rs, row) -> new Code(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("identity.phone.no-code"));
		if (latest.attempts() >= MAX_TRIES) {
			throw new InvalidInputException("identity.phone.no-code");
		}
		if (!latest.hash().equals(codeHash(key, code == null ? "" : code.strip()))) {
			this.jdbc.sql("update phone_login_code set attempts = attempts + 1 where id = ?")
				.param(latest.id())
				.update();
			throw new InvalidInputException("identity.phone.wrong-code");
		}
		this.jdbc.sql("update phone_login_code set used = true where id = ?").param(latest.id()).update();
		String username = "m" + key.substring(0, 20);
		if (this.accounts.createIfAbsent(new NewUser(username, UUID.randomUUID() + "Aa1!",
				"居民 " + MobileNumber.mask(phone), null, null, Set.of(Role.RESIDENT), false))) {
			this.audit.record(username, "RESIDENT_REGISTERED", username, AuditEntry.Outcome.SUCCESS, null);
		}
		return username;
	}

	private static String valid(String phone) {
		if (phone == null || !MobileNumber.isValid(phone.strip())) {
			throw new InvalidInputException("identity.phone.invalid");
		}
		return phone.strip();
	}

	private String phoneKey(String phone) {
		return this.hash.hex("phone:" + phone);
	}

	private String codeHash(String phoneKey, String code) {
		return this.hash.hex("phone-code:" + phoneKey + ":" + code);
	}

	private record Code(long id, String hash, int attempts) {
	}

}
