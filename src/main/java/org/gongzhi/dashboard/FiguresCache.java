package org.gongzhi.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Dashboard figures kept for a short while on this node. {@link #clear()} drops them all,
 * and figures whose computation overlapped a clear are never served: each entry carries
 * the generation it was computed in, and a clear starts a new one. Time is measured on
 * the JVM's monotonic clock, not the application clock.
 */
final class FiguresCache {

	/** More keys than this (places × periods × languages) and the cache starts afresh. */
	static final int MAX_ENTRIES = 1000;

	/**
	 * What figures depend on besides the data.
	 *
	 * @param org the org unit
	 * @param days the period's length
	 * @param today the day the period ends
	 * @param department the caller's department, {@code null} for none
	 * @param locale the language of names
	 */
	record Key(String org, int days, LocalDate today, String department, Locale locale) {
	}

	private record Entry(long generation, long expiresAt, DashboardFigures.Figures figures) {
	}

	private final long ttlNanos;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	FiguresCache(Duration ttl) {
		this.ttlNanos = ttl.toNanos();
	}

	/** The figures kept for the key if still fresh, else computed now (and kept). */
	DashboardFigures.Figures get(Key key, Supplier<DashboardFigures.Figures> compute) {
		long now = System.nanoTime();
		long current = this.generation.get();
		Entry entry = this.entries.get(key);
		if (entry != null && entry.generation() == current && now - entry.expiresAt() < 0) {
			return entry.figures();
		}
		DashboardFigures.Figures figures = compute.get();
		if (this.generation.get() == current) {
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(key, new Entry(current, now + this.ttlNanos, figures));
		}
		return figures;
	}

	/** Drops every entry, including those being computed now. */
	void clear() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

}
