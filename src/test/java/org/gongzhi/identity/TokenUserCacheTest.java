package org.gongzhi.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenUserCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

	private final TokenUserCache cache = new TokenUserCache();

	private final AtomicInteger loads = new AtomicInteger();

	private final GongzhiUser leader = new GongzhiUser(7, "leader", null, "区领导", "210105", "皇姑区", null,
			Set.of(Role.LEADER), true, false, GongzhiUser.SecondFactorState.NONE);

	@Test
	void aTokenIsResolvedOnceWhileFresh() {
		assertThat(get(NOW.plus(Duration.ofDays(30)), NOW)).contains(this.leader);
		assertThat(get(NOW.plus(Duration.ofDays(30)), NOW)).contains(this.leader);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void anExpiredTokenIsResolvedAgainEvenWhileRemembered() {
		get(NOW.plusSeconds(1), NOW);
		get(NOW.plusSeconds(1), NOW.plusSeconds(2));
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aChangeForgetsEveryToken() {
		get(null, NOW);
		this.cache.clear();
		get(null, NOW);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void anUnknownTokenIsNotRemembered() {
		assertThat(this.cache.get("h", NOW, () -> {
			this.loads.incrementAndGet();
			return Optional.empty();
		})).isEmpty();
		get(null, NOW);
		assertThat(this.loads).hasValue(2);
	}

	private Optional<GongzhiUser> get(Instant expiresAt, Instant now) {
		return this.cache.get("h", now, () -> {
			this.loads.incrementAndGet();
			return Optional.of(new TokenUserCache.Resolved(this.leader, expiresAt));
		});
	}

}
