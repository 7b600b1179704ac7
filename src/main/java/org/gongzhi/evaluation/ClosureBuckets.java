package org.gongzhi.evaluation;

import java.time.Duration;
import java.util.Arrays;

/**
 * Fixed log-scale buckets of closure durations, so that a percentile of any period and
 * grouping is estimated from summed bucket counts. Bucket 0 holds [0, 60 s); bucket
 * {@code i ≥ 1} starts at {@code floor(lower(i-1) × 1.1)} seconds (from 60 s on), so each
 * bucket spans at most a factor 1.1; the last bucket is open-ended from about a year.
 * Estimating a value as its bucket's geometric midpoint is off by at most √1.1 − 1 ≈ 4.9
 * % (30 s in bucket 0).
 */
final class ClosureBuckets {

	private static final long YEAR_SECONDS = Duration.ofDays(365).toSeconds();

	/** Lower bounds in seconds: 0, 60, 66, 72, 79, … up to the first one past a year. */
	private static final long[] LOWER = lowerBounds();

	private ClosureBuckets() {
	}

	private static long[] lowerBounds() {
		long[] bounds = new long[256];
		bounds[0] = 0;
		bounds[1] = 60;
		int n = 2;
		while (bounds[n - 1] < YEAR_SECONDS) {
			bounds[n] = (long) Math.floor(bounds[n - 1] * 1.1);
			n++;
		}
		return Arrays.copyOf(bounds, n);
	}

	static int count() {
		return LOWER.length;
	}

	/** The bucket of a duration (negative durations count as zero). */
	static int bucketOf(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		int found = Arrays.binarySearch(LOWER, seconds);
		return (found >= 0) ? found : -found - 2;
	}

	/**
	 * The nearest-rank percentile (the smallest duration with at least {@code percent} %
	 * of all at or below it), estimated from bucket counts; {@code null} for no closures.
	 * @param counts closures per bucket
	 * @param percent e.g. 90
	 * @return the estimate in seconds
	 */
	static Double percentileSeconds(long[] counts, int percent) {
		long total = Arrays.stream(counts).sum();
		if (total == 0) {
			return null;
		}
		// integer arithmetic: 0.9 × 10 in doubles would round up to rank 10 of 10
		long rank = Math.max(1, (total * percent + 99) / 100);
		long seen = 0;
		for (int bucket = 0; bucket < counts.length; bucket++) {
			seen += counts[bucket];
			if (seen >= rank) {
				return estimate(bucket);
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private static double estimate(int bucket) {
		if (bucket == 0) {
			return LOWER[1] / 2.0;
		}
		if (bucket == LOWER.length - 1) {
			return LOWER[bucket];
		}
		return Math.sqrt((double) LOWER[bucket] * LOWER[bucket + 1]);
	}

}
