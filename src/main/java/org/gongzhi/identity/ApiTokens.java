package org.gongzhi.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for integrations (12345 hotline, city platforms, mobile apps). A token
 * acts as the user it belongs to, with that user's roles and data scope; only its keyed
 * hash is stored, so the token is shown once when it is issued.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	private final TokenUserCache cache;

	private final Clock clock;

	private final UserStore users;

	private final AuditLog audit;

	private final GongzhiUserDetailsService details;

	ApiTokens(JdbcClient jdbc, KeyedHash hash, Clock clock, UserStore users, AuditLog audit, TokenUserCache cache,
			GongzhiUserDetailsService details) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.hash = hash;
		this.clock = clock;
		this.users = users;
		this.audit = audit;
		this.details = details;
	}

	/**
	 * Stores a token of fixed value for a user unless it exists; for the demo profile,
	 * whose tokens are published in the README.
	 */
	@Transactional
	public boolean createIfAbsent(String username, String name, String rawToken) {
		String tokenHash = this.hash.hex(rawToken);
		if (this.jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(tokenHash)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		long userId = this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", username))
			.id();
		insert(name, tokenHash, userId, null);
		return true;
	}

	/** Issues a new random token for a user; the raw token is returned only here. */
	@Transactional
	IssuedToken issue(long userId, String name, Duration validity) {
		String raw = "gz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		Instant expires = this.clock.instant().plus(validity);
		long id = insert(name, this.hash.hex(raw), userId, expires);
		this.audit.record("API_TOKEN_ISSUED", name, AuditEntry.Outcome.SUCCESS, "token " + id);
		return new IssuedToken(id, name, raw, expires);
	}

	/**
	 * The user a token acts as, with their roles and data scope; empty unless the token
	 * is known, not revoked, not expired and its user enabled. Remembered for a few
	 * seconds ({@link TokenUserCache}). The bearer filter uses it for
	 * {@code Authorization} headers; endpoints whose protocol passes the token as a
	 * parameter (Open311's {@code api_key}) call it themselves.
	 */
	public Optional<GongzhiUser> authenticate(String rawToken) {
		if (rawToken == null || rawToken.isBlank()) {
			return Optional.empty();
		}
		String tokenHash = hashOf(rawToken.strip());
		return this.cache.get(tokenHash, this.clock.instant(),
				() -> holderOf(tokenHash).flatMap((holder) -> this.users.findById(holder.userId())
					.map(this.details::toUser)
					.filter(GongzhiUser::isEnabled)
					.map((found) -> new TokenUserCache.Resolved(found, holder.expiresAt()))));
	}

	/** The hash a token is stored (and remembered) under. */
	String hashOf(String rawToken) {
		return this.hash.hex(rawToken);
	}

	/** The user id of a valid token with this hash and when the token expires. */
	Optional<TokenHolder> holderOf(String tokenHash) {
		return this.jdbc
			.sql("select user_id, expires_at from api_token where token_hash = ? and revoked_at is null"
					+ " and (expires_at is null or expires_at > ?)")
			.params(tokenHash, Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new TokenHolder(rs.getLong(1),
					(rs.getTimestamp(2) != null) ? rs.getTimestamp(2).toInstant() : null))
			.optional();
	}

	record TokenHolder(long userId, Instant expiresAt) {

	}

	@Transactional(readOnly = true)
	List<TokenInfo> list() {
		return this.jdbc
			.sql("select t.id, t.name, u.username, t.created_at, t.expires_at, t.revoked_at"
					+ " from api_token t join app_user u on u.id = t.user_id order by t.id")
			.query(TokenInfo.class)
			.list();
	}

	@Transactional
	void revoke(long id) {
		int changed = this.jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("identity.token.not-found", id);
		}
		this.cache.clear();
		this.audit.record("API_TOKEN_REVOKED", "token " + id, AuditEntry.Outcome.SUCCESS, null);
	}

	private long insert(String name, String tokenHash, long userId, Instant expires) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into api_token (name, token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
			.params(name, tokenHash, userId, Timestamp.from(this.clock.instant()),
					(expires != null) ? Timestamp.from(expires) : null)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** A token just issued: {@code token} is shown this once. */
	record IssuedToken(long id, String name, String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[" + this.id + ", " + this.name + "]";
		}

	}

	/** A stored token, without its value. */
	record TokenInfo(long id, String name, String username, Instant createdAt, Instant expiresAt, Instant revokedAt) {
	}

}
