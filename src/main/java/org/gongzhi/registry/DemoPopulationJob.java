package org.gongzhi.registry;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.DataScope;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.registry.HouseForms.HouseForm;
import org.gongzhi.registry.ImportBatches.PersonRow;
import org.gongzhi.shared.ClusterJobs;
import org.gongzhi.shared.TableStatistics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the demo district with its invented population ({@link DemoPopulation}, about
 * 400,000 persons in 160,000 households by default, {@code gongzhi.demo.persons}) in the
 * background after start, on one node (ShedLock), batch by batch with its progress in
 * {@code registry_demo_progress}: a restart replays the generator (cheap) and writes from
 * the first household not yet committed. Profile {@code demo} only.
 */
@Component
@Profile("demo")
class DemoPopulationJob {

	static final long SEED = 20261123L;

	static final String DISTRICT = "210105";

	/** Persons per transaction. */
	static final int BATCH = 2000;

	private static final Logger log = LoggerFactory.getLogger(DemoPopulationJob.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ImportBatches batches;

	private final PersonalDataVault vault;

	private final OrgUnits units;

	private final ClusterJobs jobs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TableStatistics statistics;

	private final int persons;

	private final CountDownLatch finished = new CountDownLatch(1);

	DemoPopulationJob(JdbcClient jdbc, JdbcTemplate template, ImportBatches batches, PersonalDataVault vault,
			OrgUnits units, ClusterJobs jobs, TransactionTemplate transactions, Clock clock, TableStatistics statistics,
			@Value("${gongzhi.demo.persons:400000}") int persons) {
		this.jdbc = jdbc;
		this.template = template;
		this.batches = batches;
		this.vault = vault;
		this.units = units;
		this.jobs = jobs;
		this.transactions = transactions;
		this.clock = clock;
		this.statistics = statistics;
		this.persons = persons;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startInTheBackground() {
		Thread thread = new Thread(() -> {
			try {
				if (this.persons > 0 && this.vault.configured()) {
					this.jobs.runExclusively("registry-demo-population", Duration.ofHours(3), this::generate);
				}
			}
			catch (RuntimeException ex) {
				log.error("Demo population stopped; it continues at the next start", ex);
			}
			finally {
				this.finished.countDown();
			}
		}, "demo-population");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** Waits until this node's run is over (for tests); whether it is. */
	boolean awaitFinished(Duration timeout) throws InterruptedException {
		return this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Generates what is missing; the number of persons written by this run. */
	int generate() {
		Progress progress = progress();
		if (progress.finished()) {
			return 0;
		}
		List<OrgUnit> grids = this.units.within(DISTRICT, OrgLevel.GRID);
		if (grids.isEmpty()) {
			return 0;
		}
		long[] weights = new long[grids.size()];
		long total = 0;
		for (int i = 0; i < grids.size(); i++) {
			total += Math.max(1, (grids.get(i).households() != null) ? grids.get(i).households() : 100);
			weights[i] = total;
		}
		Map<String, String> communityNames = new HashMap<>();
		Map<String, Integer> housesPerGrid = new HashMap<>();
		LocalDate today = LocalDate.of(2026, 1, 1);
		DemoPopulation population = new DemoPopulation(SEED, today);
		DataScope district = new DataScope(DISTRICT, null);
		ImportBatches.Cache cache = new ImportBatches.Cache();
		List<PersonRow> batch = new ArrayList<>();
		List<Enrolment> enrolments = new ArrayList<>();
		int household = 0;
		int generated = 0;
		int written = 0;
		long started = System.nanoTime();
		long encryptNanos = 0;
		if (progress.nextHousehold() > 0) {
			log.info("Demo population: continuing after household {} ({} persons)", progress.nextHousehold(),
					progress.persons());
		}
		while (generated < this.persons) {
			DemoPopulation.Household next = population.next();
			long draw = (long) (population.draw() * total);
			int gridIndex = 0;
			while (weights[gridIndex] <= draw) {
				gridIndex++;
			}
			OrgUnit grid = grids.get(gridIndex);
			int houseNumber = housesPerGrid.merge(grid.code(), 1, Integer::sum) - 1;
			List<String> groups = new ArrayList<>();
			List<Integer> sinceVisit = new ArrayList<>();
			for (DemoPopulation.Member member : next.members()) {
				groups.add(population.specialGroup(next, member));
				sinceVisit.add(population.nextInt(40));
			}
			int members = Math.min(next.members().size(), this.persons - generated);
			generated += members;
			if (household++ < progress.nextHousehold()) {
				continue;
			}
			String community = communityNames.computeIfAbsent(grid.parentCode(), this.units::nameOf);
			int gridNo = Integer.parseInt(grid.code().substring(grid.code().length() - 3));
			int building = gridNo * 100 + houseNumber / 36 + 1;
			int unit = (houseNumber % 36) / 12 + 1;
			int floor = (houseNumber % 12) / 2 + 1;
			String room = floor + "0" + (houseNumber % 2 + 1);
			HouseForm house = new HouseForm(grid.code(), null, community + " " + building + " 号楼",
					Integer.toString(unit), floor, room, BigDecimal.valueOf(next.area()), HouseUse.RESIDENTIAL,
					next.rented() ? Occupancy.RENTED : Occupancy.OWNER_OCCUPIED, null, null);
			for (int i = 0; i < members; i++) {
				DemoPopulation.Member member = next.members().get(i);
				long t = System.nanoTime();
				String idHash = this.vault.searchHash("id:" + IdType.RESIDENT_ID.name(), member.idNumber());
				String phoneHash = (member.phone() != null) ? this.vault.searchHash("phone", member.phone()) : null;
				encryptNanos += System.nanoTime() - t;
				PersonForm form = new PersonForm(-1L, member.name(), null, null, IdType.RESIDENT_ID, member.idNumber(),
						member.phone(), member.residence(), member.ethnicity(), member.education(), null,
						member.relation(), member.movedIn());
				batch
					.add(new PersonRow(household, grid.code(), house, "1", form, idHash, phoneHash, "demo population"));
				if (groups.get(i) != null) {
					enrolments.add(new Enrolment(idHash, groups.get(i), grid.code(), sinceVisit.get(i)));
				}
			}
			if (batch.size() >= BATCH || generated >= this.persons) {
				int done = household;
				int count = generated;
				List<PersonRow> rows = new ArrayList<>(batch);
				List<Enrolment> enrol = new ArrayList<>(enrolments);
				this.transactions.executeWithoutResult((status) -> {
					this.batches.persons(rows, district, "demo", cache);
					enrol(enrol);
					this.jdbc
						.sql("update registry_demo_progress set next_household = ?, persons = ?, finished = ?,"
								+ " updated_at = ? where id = 1")
						.params(done, count, count >= this.persons, Timestamp.from(this.clock.instant()))
						.update();
				});
				written += rows.size();
				batch.clear();
				enrolments.clear();
				cache.clear();
				if ((written / BATCH) % 10 == 0 || count >= this.persons) {
					double seconds = (System.nanoTime() - started) / 1e9;
					log.info("Demo population: {} of {} persons in {} households ({} persons/s)", count, this.persons,
							done, Math.round(written / Math.max(seconds, 0.001)));
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Demo population: {} persons written in {} s ({} s of it hashing in this thread)", written,
				Math.round(seconds), Math.round(encryptNanos / 1e9));
		return written;
	}

	private void enrol(List<Enrolment> enrolments) {
		if (enrolments.isEmpty()) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		List<Object> hashes = new ArrayList<>(enrolments.stream().map(Enrolment::idHash).toList());
		this.jdbc
			.sql("select id, id_number_hash from registry_person where id_number_hash in ("
					+ String.join(",", java.util.Collections.nCopies(hashes.size(), "?")) + ")")
			.params(hashes)
			.query((rs) -> {
				ids.put(rs.getString(2), rs.getLong(1));
			});
		Map<String, Integer> intervals = new HashMap<>();
		this.jdbc.sql("select code, visit_interval_days from registry_group_type").query((rs) -> {
			intervals.put(rs.getString(1), rs.getInt(2));
		});
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), BEIJING);
		List<Object[]> rows = new ArrayList<>();
		for (Enrolment enrolment : enrolments) {
			Long id = ids.get(enrolment.idHash());
			Integer interval = intervals.get(enrolment.group());
			if (id == null || interval == null) {
				continue;
			}
			// visited some days ago: about one in five is overdue
			LocalDate last = today.minusDays(enrolment.daysSinceVisit() * interval / 32);
			rows.add(new Object[] { id, enrolment.group(), enrolment.orgCode(), Date.valueOf(today.minusYears(1)),
					Date.valueOf(last), Date.valueOf(last.plusDays(interval)), Timestamp.from(this.clock.instant()) });
		}
		this.template.batchUpdate("insert into registry_group_member (person_id, group_code, org_code, since,"
				+ " last_visit_on, next_visit_due, created_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
		this.statistics.wrote("registry_group_member", rows.size());
	}

	private Progress progress() {
		return this.transactions.execute((status) -> {
			List<Progress> rows = this.jdbc
				.sql("select next_household, persons, finished from registry_demo_progress where id = 1")
				.query((rs, row) -> new Progress(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
				.list();
			if (!rows.isEmpty()) {
				return rows.get(0);
			}
			this.jdbc
				.sql("insert into registry_demo_progress (id, next_household, persons, finished, updated_at)"
						+ " values (1, 0, 0, false, ?)")
				.param(Timestamp.from(this.clock.instant()))
				.update();
			return new Progress(0, 0, false);
		});
	}

	private record Progress(int nextHousehold, int persons, boolean finished) {
	}

	private record Enrolment(String idHash, String group, String orgCode, int daysSinceVisit) {
	}

}
