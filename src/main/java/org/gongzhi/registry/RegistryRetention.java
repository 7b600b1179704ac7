package org.gongzhi.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.shared.ClusterJobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (PIPL: no longer than needed): persons who moved out longer ago than
 * {@code gongzhi.registry.retention.moved-out} (default 3 years) are archived in place:
 * name, ID number, phone, ethnicity and work unit are removed (with their search hashes),
 * the birth date is cut to its year, the history of changes and the findings of visits
 * are dropped, so that only counts remain (gender, age, residence, education, where and
 * when). Runs nightly on one node of the cluster (ShedLock) in batches; each run is
 * audited.
 */
@Component
class RegistryRetention {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(RegistryRetention.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ClusterJobs jobs;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Period movedOut;

	RegistryRetention(JdbcClient jdbc, JdbcTemplate template, ClusterJobs jobs, AuditLog audit,
			TransactionTemplate transactions, Clock clock,
			@Value("${gongzhi.registry.retention.moved-out:3y}") Period movedOut) {
		this.jdbc = jdbc;
		this.template = template;
		this.jobs = jobs;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		if (movedOut.isNegative() || movedOut.isZero()) {
			throw new IllegalStateException("gongzhi.registry.retention.moved-out must be positive");
		}
		this.movedOut = movedOut;
	}

	@Scheduled(cron = "${gongzhi.registry.retention.cron:0 45 3 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		this.jobs.runExclusively("registry-retention", Duration.ofHours(2), this::archive)
			.filter((archived) -> archived > 0)
			.ifPresent((archived) -> log.info("Registry retention: {} moved-out persons archived", archived));
	}

	/** Archives every person due; the number archived. */
	int archive() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), BEIJING);
		LocalDate cutoff = today.minus(this.movedOut);
		int total = 0;
		while (true) {
			List<Object[]> due = this.jdbc
				.sql("select id, org_code from registry_person where archived_at is null and household_id is null"
						+ " and move_out_date < ? order by id fetch first " + BATCH + " rows only")
				.param(Date.valueOf(cutoff))
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
				.list();
			if (due.isEmpty()) {
				break;
			}
			this.transactions.executeWithoutResult((status) -> archive(due, today));
			total += due.size();
		}
		if (total > 0) {
			int archived = total;
			this.transactions.executeWithoutResult((status) -> this.audit.record("REGISTRY_PERSONS_ARCHIVED",
					"registry:persons", AuditEntry.Outcome.SUCCESS,
					"persons=" + archived + " moved out before " + cutoff + " (retention " + this.movedOut + ")"));
		}
		return total;
	}

	private void archive(List<Object[]> due, LocalDate today) {
		Instant now = this.clock.instant();
		List<Long> ids = due.stream().map((row) -> (Long) row[0]).toList();
		String in = String.join(",", Collections.nCopies(ids.size(), "?"));
		List<Object> params = new ArrayList<>(ids);
		// birth dates to the first of January of their year, in portable SQL
		for (Long id : ids) {
			this.jdbc.sql("select birth_date from registry_person where id = ?")
				.param(id)
				.query(Date.class)
				.optional()
				.ifPresent((birth) -> this.jdbc.sql("update registry_person set birth_date = ? where id = ?")
					.params(Date.valueOf(LocalDate.of(birth.toLocalDate().getYear(), 1, 1)), id)
					.update());
		}
		List<Object> update = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(now)));
		update.addAll(ids);
		this.jdbc.sql("update registry_person set name = '-', id_number = null, id_number_hash = null,"
				+ " id_number_masked = null, phone = null, phone_hash = null, phone_masked = null, ethnicity = null,"
				+ " work_unit = null, archived_at = ?, updated_at = ?, version = version + 1 where id in (" + in + ")")
			.params(update)
			.update();
		this.jdbc.sql("delete from registry_person_event where person_id in (" + in + ")").params(params).update();
		this.jdbc
			.sql("update registry_visit set findings = '-', lat = null, lng = null where person_id in (" + in + ")")
			.params(params)
			.update();
		List<Object> until = new ArrayList<>(List.of(Date.valueOf(today)));
		until.addAll(ids);
		this.jdbc.sql("update registry_group_member set until = ? where until is null and person_id in (" + in + ")")
			.params(until)
			.update();
		List<Object[]> events = new ArrayList<>();
		for (Object[] row : due) {
			events.add(new Object[] { row[0], row[1], Timestamp.from(now), PersonHistory.Kind.ARCHIVED.name() });
		}
		this.template.batchUpdate(
				"insert into registry_person_event (person_id, org_code, occurred_at, kind) values (?, ?, ?, ?)",
				events);
	}

}
