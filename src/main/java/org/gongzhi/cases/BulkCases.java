package org.gongzhi.cases;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;
import org.gongzhi.org.GridPoint;
import org.gongzhi.org.GridStaffMember;
import org.gongzhi.org.GridStaffing;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.Databases;
import org.gongzhi.shared.TableStatistics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads generated cases with their timelines into PostgreSQL with COPY, batch by batch
 * (one transaction each, recorded in {@code case_bulk_batch}), for benchmarks. Each case
 * lives through the domain's own transitions ({@link BulkCaseLife}); its events are not
 * published but handed to every {@link BulkCaseEvents} bean in the same transaction (the
 * indicator rollups). Deterministic from the seed: batch {@code b} of a seed is always
 * the same cases, so a second run with the same seed adds nothing and an interrupted one
 * goes on after its last committed batch. Reports arrive over the period day by day, more
 * on working days and working hours, in the grids in proportion to their households.
 */
@Component
class BulkCases {

	static final int BATCH = 50_000;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** Relative arrivals per hour of the day. */
	private static final double[] HOURLY = { 0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.5, 3.2, 3.0, 2.4, 1.4, 1.6, 2.6,
			2.8, 2.5, 2.0, 1.2, 0.9, 0.7, 0.5, 0.4, 0.3 };

	private static final String CASE_COLUMNS = "id, number, state, category_code, category_version_id, priority,"
			+ " channel, org_code, district_code, lat, lng, address, description, reporter_user_id, self_handled,"
			+ " unit_code, handled_by, solved, verified, rating, rework_count, return_count, reopen_count, late,"
			+ " reported_at, accepted_at, dispatched_at, handled_at, verified_at, closed_at, evaluated_at,"
			+ " accept_deadline, dispatch_deadline, handle_deadline, verify_deadline, stage, stage_started_at,"
			+ " stage_warn_at, stage_deadline, overdue_level, version";

	private static final String TIMELINE_COLUMNS = "id, case_id, at, actor_user_id, actor_name, action, from_state,"
			+ " to_state, unit_code, note";

	/** Progress after each batch. */
	interface Progress {

		void batch(long done, long total, long events, double casesPerSecond, double eventsPerSecond);

	}

	/** What a run did. */
	record Summary(long cases, long events, long skippedCases, double seconds) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final CategoryCatalog categories;

	private final HandlingUnits handlingUnits;

	private final OrgUnits orgUnits;

	private final GridStaffing staffing;

	private final ObjectProvider<UserDetailsService> users;

	private final WorkingCalendar calendar;

	private final CaseNumbers numbers;

	private final ObjectProvider<BulkCaseEvents> sinks;

	private final Clock clock;

	private final TableStatistics statistics;

	/** Cases per batch (a transaction); the seed's batches must keep their size. */
	int batchSize = BATCH;

	BulkCases(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			CategoryCatalog categories, HandlingUnits handlingUnits, OrgUnits orgUnits, GridStaffing staffing,
			ObjectProvider<UserDetailsService> users, WorkingCalendar calendar, CaseNumbers numbers,
			ObjectProvider<BulkCaseEvents> sinks, Clock clock, TableStatistics statistics) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.categories = categories;
		this.handlingUnits = handlingUnits;
		this.orgUnits = orgUnits;
		this.staffing = staffing;
		this.users = users;
		this.calendar = calendar;
		this.numbers = numbers;
		this.sinks = sinks;
		this.clock = clock;
		this.statistics = statistics;
	}

	/**
	 * Loads {@code count} cases of {@code seed} over the {@code days} days before the
	 * first run of that seed into the district's grids; batches already loaded are
	 * skipped.
	 */
	Summary load(String districtCode, long count, long seed, int days, LocalDate until, Progress progress) {
		Plan plan = plan(districtCode, count, seed, days, until);
		long started = System.nanoTime();
		long loaded = 0;
		long events = 0;
		long skipped = 0;
		int size = this.batchSize;
		int batches = (int) ((count + size - 1) / size);
		for (int batch = 0; batch < batches; batch++) {
			long from = (long) batch * size;
			long to = Math.min(count, from + size);
			int b = batch;
			Long written = this.transaction.execute((status) -> loadBatch(plan, b, from, to));
			if (written == null) {
				skipped += to - from;
			}
			else {
				loaded += to - from;
				events += written;
			}
			double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
			progress.batch(to, count, events, loaded / seconds, events / seconds);
		}
		if (loaded > 0) {
			// the cases and the rollups grew faster than autovacuum (if it runs) looks
			this.statistics.refreshAll();
		}
		return new Summary(loaded, events, skipped, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * The period (fixed by the first run of the seed), the grids, categories and people.
	 */
	private Plan plan(String districtCode, long count, long seed, int days, LocalDate untilDay) {
		if (!isPostgres()) {
			throw new IllegalStateException("bulk-cases needs PostgreSQL (it loads with COPY)");
		}
		LocalDate today = (untilDay != null) ? untilDay : LocalDate.ofInstant(this.clock.instant(), ZONE);
		this.jdbc
			.sql("insert into case_bulk_run (seed, until_day, days, started_at) values (?, ?, ?, ?)"
					+ " on conflict (seed) do nothing")
			.params(seed, today, days, Timestamp.from(this.clock.instant()))
			.update();
		Map<String, Object> run = this.jdbc.sql("select until_day, days from case_bulk_run where seed = ?")
			.param(seed)
			.query()
			.singleRow();
		LocalDate until = ((java.sql.Date) run.get("until_day")).toLocalDate();
		int period = ((Number) run.get("days")).intValue();
		List<GridPoint> grids = this.orgUnits.gridPoints(districtCode);
		if (grids.isEmpty()) {
			throw new IllegalStateException("No mapped grids in " + districtCode + ": start the demo district first");
		}
		List<CaseCategory> leaves = this.categories.all()
			.stream()
			.filter((category) -> category.active() && this.categories.isLeaf(category.code()))
			.toList();
		return new Plan(districtCode, count, seed, until.minusDays(period).atStartOfDay(ZONE).toInstant(),
				until.atStartOfDay(ZONE).toInstant(), grids, leaves, people(grids), this.numbers.prefix(districtCode));
	}

	/**
	 * Returns the number of events written, {@code null} if the batch was there already.
	 */
	private Long loadBatch(Plan plan, int batch, long from, long to) {
		int claimed = this.jdbc
			.sql("insert into case_bulk_batch (seed, batch, cases, events, loaded_at) values (?, ?, ?, 0, ?)"
					+ " on conflict (seed, batch) do nothing")
			.params(plan.seed, batch, (int) (to - from), Timestamp.from(this.clock.instant()))
			.update();
		if (claimed == 0) {
			return null;
		}
		SplittableRandom random = new SplittableRandom(plan.seed * 0x9E3779B97F4A7C15L + batch);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			// one COPY at a time on a connection, and no other statement during one:
			// generate first
			IdPool caseIds = new IdPool("cases");
			IdPool timelineIds = new IdPool("case_timeline");
			List<BulkCaseLife> lives = new ArrayList<>((int) (to - from));
			for (long index = from; index < to; index++) {
				lives.add(generate(plan, index, random, caseIds, timelineIds));
			}
			CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
			CopyText cases = new CopyText(copy.copyIn("copy cases (" + CASE_COLUMNS + ") from stdin"));
			for (BulkCaseLife life : lives) {
				writeCase(cases, life.subject());
			}
			cases.end();
			CopyText timeline = new CopyText(copy.copyIn("copy case_timeline (" + TIMELINE_COLUMNS + ") from stdin"));
			long events = 0;
			for (BulkCaseLife life : lives) {
				for (BulkCaseLife.Entry entry : life.entries) {
					writeEntry(timeline, life.subject().id, entry);
				}
				events += life.entries.size();
			}
			timeline.end();
			List<BulkCaseEvents> sinks = this.sinks.orderedStream().toList();
			for (BulkCaseLife life : lives) {
				sinks.forEach((sink) -> sink.add(life.events));
			}
			sinks.forEach(BulkCaseEvents::flush);
			this.jdbc.sql("update case_bulk_batch set events = ? where seed = ? and batch = ?")
				.params(events, plan.seed, batch)
				.update();
			return events;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Bulk load of batch " + batch + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The events of cases {@code from..to} of the seed, as the loader generates them
	 * (tests).
	 */
	List<CaseEvent> events(String districtCode, long count, long seed, int days, List<Long> caseIds,
			List<Long> eventIds) {
		Plan plan = plan(districtCode, count, seed, days, null);
		int size = this.batchSize;
		List<CaseEvent> all = new ArrayList<>();
		ArrayDeque<Long> cases = new ArrayDeque<>(caseIds);
		ArrayDeque<Long> timeline = new ArrayDeque<>(eventIds);
		for (int batch = 0; (long) batch * size < count; batch++) {
			SplittableRandom random = new SplittableRandom(plan.seed * 0x9E3779B97F4A7C15L + batch);
			long to = Math.min(count, (long) (batch + 1) * size);
			for (long index = (long) batch * size; index < to; index++) {
				all.addAll(generateWith(plan, index, random, cases::pop, timeline::pop).events);
			}
		}
		return all;
	}

	private BulkCaseLife generate(Plan plan, long index, SplittableRandom random, IdPool caseIds, IdPool timelineIds) {
		return generateWith(plan, index, random, caseIds::next, timelineIds::next);
	}

	private BulkCaseLife generateWith(Plan plan, long index, SplittableRandom random,
			java.util.function.LongSupplier caseIds, java.util.function.LongSupplier timelineIds) {
		Instant reportedAt = plan.arrival(index, random);
		GridPoint grid = plan.grid(random);
		CaseCategory category = plan.category(random);
		Case subject = new Case();
		subject.id = caseIds.getAsLong();
		LocalDate day = LocalDate.ofInstant(reportedAt, ZONE);
		subject.number = plan.prefix + DAY.format(day) + "-B" + plan.seed + "-" + index;
		subject.category = category;
		subject.priority = category.defaultPriority();
		subject.orgCode = grid.code();
		subject.districtCode = plan.districtCode;
		subject.lat = grid.lat() + (random.nextDouble() - 0.5) * 0.0016;
		subject.lng = grid.lng() + (random.nextDouble() - 0.5) * 0.002;
		subject.description = category.nameZh() + "（批量生成 #" + index + "）";
		double channel = random.nextDouble();
		Actor gridWorker = plan.people.gridWorkers.get(grid.code());
		Actor reporter;
		if (channel < 0.6 && gridWorker != null) {
			subject.channel = "GRID_WORKER";
			reporter = gridWorker;
		}
		else if (channel < 0.9) {
			subject.channel = "RESIDENT";
			reporter = plan.people.resident;
		}
		else {
			subject.channel = "HOTLINE";
			reporter = plan.people.dispatcher;
		}
		subject.reporterUserId = (reporter != null) ? reporter.userId() : null;
		boolean selfHandled = "GRID_WORKER".equals(subject.channel) && random.nextDouble() < 0.08;
		String street = grid.code().substring(0, OrgLevel.STREET.codeLength());
		String unit = plan.unitFor(category, grid.code()).orElse(street);
		Actor staff = plan.people.staffOf(unit);
		Actor rater = "RESIDENT".equals(subject.channel) ? plan.people.resident : null;
		BulkCaseLife life = new BulkCaseLife(subject, random, this.calendar, plan.end, timelineIds,
				new BulkCaseLife.Cast(reporter, plan.people.dispatcher, staff, rater));
		life.live(reportedAt, selfHandled, unit, street);
		return life;
	}

	private static void writeCase(CopyText out, Case c) throws SQLException {
		CaseClock clock = c.clock;
		out.value(c.id)
			.value(c.number)
			.value(c.state.name())
			.value(c.category.code())
			.value(c.category.versionId())
			.value(c.priority.name())
			.value(c.channel)
			.value(c.orgCode)
			.value(c.districtCode)
			.value(c.lat)
			.value(c.lng)
			.value(c.address)
			.value(c.description)
			.value(c.reporterUserId)
			.value(c.selfHandled)
			.value(c.unitCode)
			.value(c.handledBy)
			.value(c.solved)
			.value(c.verified)
			.value((c.rating != null) ? c.rating.name() : null)
			.value(c.reworkCount)
			.value(c.returnCount)
			.value(c.reopenCount)
			.value(clock.late)
			.value(c.reportedAt)
			.value(c.acceptedAt)
			.value(c.dispatchedAt)
			.value(c.handledAt)
			.value(c.verifiedAt)
			.value(c.closedAt)
			.value(c.evaluatedAt)
			.value(clock.deadlines.get(Stage.ACCEPT))
			.value(clock.deadlines.get(Stage.DISPATCH))
			.value(clock.deadlines.get(Stage.HANDLE))
			.value(clock.deadlines.get(Stage.VERIFY))
			.value((clock.stage != null) ? clock.stage.name() : null)
			.value(clock.startedAt)
			.value(clock.warnAt)
			.value(clock.deadline)
			.value((clock.overdueLevel != null) ? clock.overdueLevel.name() : null)
			.last(0);
	}

	private static void writeEntry(CopyText out, long caseId, BulkCaseLife.Entry entry) throws SQLException {
		Step step = entry.step();
		Actor actor = entry.actor();
		out.value(entry.id())
			.value(caseId)
			.value(entry.at())
			.value((actor != null) ? actor.userId() : null)
			.value((actor != null) ? actor.name() : null)
			.value(step.action().name())
			.value((step.from() != null) ? step.from().name() : null)
			.value((step.to() != null) ? step.to().name() : null)
			.value(step.unitCode())
			.last(step.note());
	}

	private boolean isPostgres() {
		try {
			return Databases.isPostgres(this.dataSource);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** The demo people who act on generated cases, where they exist. */
	private People people(List<GridPoint> grids) {
		Map<String, Actor> gridWorkers = new HashMap<>();
		for (GridPoint grid : grids) {
			for (GridStaffMember member : this.staffing.staffOf(grid.code())) {
				if (member.userId() != null) {
					gridWorkers.putIfAbsent(grid.code(), new Actor(member.userId(), member.personName(),
							java.util.Set.of(Role.GRID_WORKER), grid.code(), null));
				}
			}
		}
		Map<String, Actor> staff = new HashMap<>();
		for (String username : List.of("department", "housing", "market", "community", "street")) {
			user(username).ifPresent((actor) -> staff
				.putIfAbsent((actor.departmentCode() != null) ? actor.departmentCode() : actor.orgCode(), actor));
		}
		return new People(gridWorkers, staff, user("dispatcher").orElse(null), user("resident").orElse(null));
	}

	private Optional<Actor> user(String username) {
		UserDetailsService service = this.users.getIfAvailable();
		if (service == null) {
			return Optional.empty();
		}
		try {
			UserDetails details = service.loadUserByUsername(username);
			return (details instanceof GongzhiUser user) ? Optional.of(Actor.of(user)) : Optional.empty();
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	record People(Map<String, Actor> gridWorkers, Map<String, Actor> staff, Actor dispatcher, Actor resident) {

		/**
		 * Staff of the unit or, failing that, of the unit above it (a department's
		 * squad).
		 */
		Actor staffOf(String unit) {
			Actor actor = this.staff.get(unit);
			return (actor != null) ? actor : this.dispatcher;
		}

	}

	/** Where and when reports arrive. */
	private final class Plan {

		final String districtCode;

		final long count;

		final long seed;

		final Instant start;

		final Instant end;

		final List<GridPoint> grids;

		final double[] gridWeights;

		final List<CaseCategory> categories;

		final double[] categoryWeights;

		final double[] hourWeights;

		final People people;

		final String prefix;

		final Map<String, Optional<String>> units = new HashMap<>();

		Plan(String districtCode, long count, long seed, Instant start, Instant end, List<GridPoint> grids,
				List<CaseCategory> categories, People people, String prefix) {
			this.districtCode = districtCode;
			this.count = count;
			this.seed = seed;
			this.start = start;
			this.end = end;
			this.grids = grids;
			this.gridWeights = cumulative(grids.stream().mapToDouble((grid) -> Math.max(20, grid.households())));
			this.categories = categories;
			// a few categories are common, most are rare (Zipf over a seeded order)
			SplittableRandom order = new SplittableRandom(seed);
			double[] zipf = new double[categories.size()];
			for (int i = 0; i < zipf.length; i++) {
				zipf[i] = 1.0 / (1 + i);
			}
			for (int i = zipf.length - 1; i > 0; i--) {
				int j = order.nextInt(i + 1);
				double swap = zipf[i];
				zipf[i] = zipf[j];
				zipf[j] = swap;
			}
			this.categoryWeights = cumulative(java.util.Arrays.stream(zipf));
			int hours = (int) java.time.Duration.between(start, end).toHours();
			double[] weights = new double[hours];
			for (int h = 0; h < hours; h++) {
				java.time.ZonedDateTime at = start.plusSeconds(3600L * h).atZone(ZONE);
				DayOfWeek weekday = at.getDayOfWeek();
				boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
				weights[h] = HOURLY[at.getHour()] * (weekend ? 0.6 : 1.0);
			}
			this.hourWeights = cumulative(java.util.Arrays.stream(weights));
			this.people = people;
			this.prefix = prefix;
		}

		/**
		 * Case {@code index} of {@code count} arrives at this quantile of the period's
		 * arrivals.
		 */
		Instant arrival(long index, SplittableRandom random) {
			double quantile = (index + random.nextDouble()) / this.count;
			int hour = pick(this.hourWeights, quantile);
			return this.start.plusSeconds(3600L * hour + random.nextInt(3600));
		}

		GridPoint grid(SplittableRandom random) {
			return this.grids.get(pick(this.gridWeights, random.nextDouble()));
		}

		CaseCategory category(SplittableRandom random) {
			return this.categories.get(pick(this.categoryWeights, random.nextDouble()));
		}

		Optional<String> unitFor(CaseCategory category, String gridCode) {
			String type = category.unitType();
			if (CaseCategory.COMMUNITY.equals(type) || CaseCategory.STREET.equals(type)) {
				return BulkCases.this.handlingUnits.suggested(category, gridCode);
			}
			return this.units.computeIfAbsent(type, (t) -> BulkCases.this.handlingUnits.suggested(category, gridCode));
		}

		private static double[] cumulative(java.util.stream.DoubleStream weights) {
			double[] values = weights.toArray();
			double sum = 0;
			for (int i = 0; i < values.length; i++) {
				sum += values[i];
				values[i] = sum;
			}
			for (int i = 0; i < values.length; i++) {
				values[i] /= sum;
			}
			return values;
		}

		private static int pick(double[] cumulative, double quantile) {
			int found = java.util.Arrays.binarySearch(cumulative, quantile);
			int index = (found >= 0) ? found + 1 : -found - 1;
			return Math.min(index, cumulative.length - 1);
		}

	}

	/** Ids from a table's identity sequence, fetched ten thousand at a time. */
	private final class IdPool {

		private final String sequence;

		private final ArrayDeque<Long> ids = new ArrayDeque<>();

		IdPool(String table) {
			this.sequence = BulkCases.this.jdbc.sql("select pg_get_serial_sequence(?, 'id')")
				.param(table)
				.query(String.class)
				.single();
		}

		long next() {
			if (this.ids.isEmpty()) {
				this.ids.addAll(BulkCases.this.jdbc.sql("select nextval(?) from generate_series(1, 10000)")
					.param(this.sequence)
					.query(Long.class)
					.list());
			}
			return this.ids.pop();
		}

	}

	/** Rows in COPY's text format, sent in chunks of about a megabyte. */
	static final class CopyText {

		private final CopyIn copy;

		private final StringBuilder row = new StringBuilder(1 << 20);

		CopyText(CopyIn copy) {
			this.copy = copy;
		}

		CopyText value(Object value) {
			append(value);
			this.row.append('\t');
			return this;
		}

		void last(Object value) throws SQLException {
			append(value);
			this.row.append('\n');
			if (this.row.length() > (1 << 20) - 4096) {
				send();
			}
		}

		void end() throws SQLException {
			send();
			this.copy.endCopy();
		}

		private void send() throws SQLException {
			if (!this.row.isEmpty()) {
				byte[] bytes = this.row.toString().getBytes(StandardCharsets.UTF_8);
				this.copy.writeToCopy(bytes, 0, bytes.length);
				this.row.setLength(0);
			}
		}

		private void append(Object value) {
			if (value == null) {
				this.row.append("\\N");
			}
			else if (value instanceof Instant instant) {
				this.row.append(instant.toString());
			}
			else if (value instanceof String text) {
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					switch (c) {
						case '\\' -> this.row.append("\\\\");
						case '\t' -> this.row.append("\\t");
						case '\n' -> this.row.append("\\n");
						case '\r' -> this.row.append("\\r");
						default -> this.row.append(c);
					}
				}
			}
			else {
				this.row.append(value);
			}
		}

	}

}
