package org.gongzhi.registry;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the demo population takes, and what encrypting and hashing its two sensitive
 * values per person costs alone. On demand only:
 * {@code -Dgongzhi.bench=true -Dgongzhi.demo.persons=400000}; prints the figures.
 */
@EnabledIfSystemProperty(named = "gongzhi.bench", matches = "true")
class DemoPopulationBenchmarkTest extends ApplicationTest {

	@Autowired
	private DemoPopulationJob job;

	@Autowired
	private PersonalDataVault vault;

	@Test
	void demoPopulation() throws InterruptedException {
		long start = System.nanoTime();
		assertThat(this.job.awaitFinished(Duration.ofMinutes(60))).isTrue();
		long waited = (System.nanoTime() - start) / 1_000_000;
		long persons = this.jdbc.sql("select persons from registry_demo_progress where id = 1")
			.query(Long.class)
			.single();
		int values = (int) Math.min(persons, 400_000);
		long t = System.nanoTime();
		for (int i = 0; i < values; i++) {
			String id = "21010519800101" + (800 + i % 100) + "X";
			this.vault.encrypt(Persons.ID_NUMBER, id);
			this.vault.encrypt(Persons.PHONE, "1990" + i);
		}
		long encrypt = (System.nanoTime() - t) / 1_000_000;
		t = System.nanoTime();
		for (int i = 0; i < values; i++) {
			this.vault.searchHash("id:RESIDENT_ID", "21010519800101" + (800 + i % 100) + "X");
			this.vault.searchHash("phone", "1990" + i);
		}
		long hash = (System.nanoTime() - t) / 1_000_000;
		System.out.printf(
				"BENCH demo population: %d persons, finished %d ms after the test began;"
						+ " %d x 2 values encrypted (AES-GCM) in %d ms, hashed (HMAC-SHA256) in %d ms%n",
				persons, waited, values, encrypt, hash);
	}

}
