package org.gongzhi.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Which user an API token stands for, remembered for {@link #TTL}: resolving a token
 * reads the token, the account, its roles and its unit, several round trips that an
 * integration posting many reports would otherwise pay on every request. A revoked token
 * or a changed account is forgotten at once on the node that changed it; other nodes
 * notice within the TTL.
 */
@Component
class TokenUserCache {

	static final Duration TTL = Duration.ofSeconds(5);

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/**
	 * The user of the token with this hash, from memory while fresh and not expired at
	 * {@code now}, else from {@code load}.
	 */
	Optional<GongzhiUser> get(String tokenHash, Instant now, Supplier<Optional<Resolved>> load) {
		Entry entry = this.entries.get(tokenHash);
		if (entry != null && System.nanoTime() - entry.loadedAt() < TTL.toNanos()
				&& (entry.expiresAt() == null || entry.expiresAt().isAfter(now))) {
			return Optional.of(entry.user());
		}
		Optional<Resolved> resolved = load.get();
		if (resolved.isEmpty()) {
			this.entries.remove(tokenHash);
			return Optional.empty();
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(tokenHash, new Entry(resolved.get().user(), resolved.get().expiresAt(), System.nanoTime()));
		return Optional.of(resolved.get().user());
	}

	/** Forgets everything, after a token or an account changed. */
	void clear() {
		this.entries.clear();
	}

	/**
	 * A token's user and when the token expires ({@code null}: never).
	 */
	record Resolved(GongzhiUser user, Instant expiresAt) {

	}

	private record Entry(GongzhiUser user, Instant expiresAt, long loadedAt) {

	}

}
