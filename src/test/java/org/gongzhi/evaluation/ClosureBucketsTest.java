package org.gongzhi.evaluation;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureBucketsTest {

	@Test
	void aDurationEstimatedFromItsBucketIsWithinFivePercent() {
		Random random = new Random(1);
		for (int i = 0; i < 100_000; i++) {
			long seconds = 60 + (long) Math.exp(random.nextDouble() * Math.log(300.0 * 24 * 3600));
			long[] counts = new long[ClosureBuckets.count()];
			counts[ClosureBuckets.bucketOf(Duration.ofSeconds(seconds))] = 1;
			double estimate = ClosureBuckets.percentileSeconds(counts, 90);
			assertThat(Math.abs(estimate - seconds) / seconds).as("%d s", seconds).isLessThanOrEqualTo(0.0489);
		}
	}

	@Test
	void underAMinuteTheEstimateIsWithinThirtySeconds() {
		long[] counts = new long[ClosureBuckets.count()];
		counts[ClosureBuckets.bucketOf(Duration.ofSeconds(59))] = 1;
		assertThat(ClosureBuckets.bucketOf(Duration.ofSeconds(59))).isZero();
		assertThat(ClosureBuckets.bucketOf(Duration.ofSeconds(60))).isOne();
		assertThat(ClosureBuckets.percentileSeconds(counts, 90)).isEqualTo(30.0);
	}

	@Test
	void theNinetiethPercentileOfTenClosuresIsTheNinthNotTheTenth() {
		long[] counts = new long[ClosureBuckets.count()];
		for (int closure = 0; closure < 9; closure++) {
			counts[ClosureBuckets.bucketOf(Duration.ofHours(1))]++;
		}
		counts[ClosureBuckets.bucketOf(Duration.ofDays(30))]++;
		assertThat(ClosureBuckets.percentileSeconds(counts, 90) / 3600).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(0.05));
		assertThat(ClosureBuckets.percentileSeconds(new long[ClosureBuckets.count()], 90)).isNull();
	}

	@Test
	void theBucketsReachBeyondAYearInAboutAHundredAndFortySteps() {
		assertThat(ClosureBuckets.count()).isBetween(130, 150);
		assertThat(ClosureBuckets.bucketOf(Duration.ofDays(3650))).isEqualTo(ClosureBuckets.count() - 1);
		assertThat(ClosureBuckets.bucketOf(Duration.ofSeconds(-5))).isZero();
	}

}
