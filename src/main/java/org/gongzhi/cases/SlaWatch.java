package org.gongzhi.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.shared.ClusterJobs;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA watch (黄牌/红牌): every minute, on one node of the cluster, marks running stages
 * yellow once 80 % of their time is used and red once overdue. A red case is escalated
 * one org level up and gets a 督办 note that its unit must answer. Each mark is a timeline
 * entry and a {@link CaseOverdue} event; a stage is marked at most once per colour.
 */
@Component
class SlaWatch {

	static final String JOB = "sla-watch";

	private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

	private static final int BATCH = 200;

	/** A round stops after this many batches; the next round goes on. */
	private static final int MAX_BATCHES = 50;

	private final JdbcClient jdbc;

	private final CaseStore store;

	private final CaseTransitions transitions;

	private final SupervisionStore supervisions;

	private final ClusterJobs jobs;

	private final OrgUnits orgUnits;

	private final Departments departments;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	SlaWatch(JdbcClient jdbc, CaseStore store, CaseTransitions transitions, SupervisionStore supervisions,
			ClusterJobs jobs, OrgUnits orgUnits, Departments departments, MessageSource messages,
			ApplicationEventPublisher events, WorkingCalendar calendar, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${gongzhi.cases.sla-watch.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.store = store;
		this.transitions = transitions;
		this.supervisions = supervisions;
		this.jobs = jobs;
		this.orgUnits = orgUnits;
		this.departments = departments;
		this.messages = messages;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${gongzhi.cases.sla-watch.interval:60s}",
			initialDelayString = "${gongzhi.cases.sla-watch.interval:60s}")
	void scheduled() {
		if (this.enabled) {
			run();
		}
	}

	/**
	 * One round; how many stages it marked ({@code 0} if another node holds the lease).
	 */
	int run() {
		return this.jobs.runExclusively(JOB, Duration.ofMinutes(5), this::round).orElse(0);
	}

	private int round() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		int marked = markAll(OverdueLevel.RED,
				"c.stage_deadline < ? and (c.overdue_level is null or c.overdue_level = 'YELLOW')", now);
		marked += markAll(OverdueLevel.YELLOW,
				"c.stage_warn_at <= ? and c.stage_deadline >= ? and c.overdue_level is null", now, now);
		if (marked > 0) {
			log.info("SLA watch: {} stages marked", marked);
		}
		return marked;
	}

	/** Marks every due case, batch by batch (a marked case is no longer due). */
	private int markAll(OverdueLevel level, String condition, Instant now, Instant... at) {
		int marked = 0;
		Instant[] params = (at.length > 0) ? new Instant[] { now, at[0] } : new Instant[] { now };
		for (int round = 0; round < MAX_BATCHES; round++) {
			List<Long> due = due(condition, params);
			for (Long id : due) {
				marked += mark(id, level, now) ? 1 : 0;
			}
			if (due.size() < BATCH) {
				break;
			}
		}
		return marked;
	}

	private List<Long> due(String condition, Instant... at) {
		Object[] params = Arrays.stream(at).map(Timestamp::from).toArray();
		return this.jdbc
			.sql("select c.id from cases c where c.stage is not null and " + condition + " order by c.stage_deadline"
					+ " fetch first " + BATCH + " rows only")
			.params(params)
			.query(Long.class)
			.list();
	}

	/**
	 * Marks one case in a transaction of its own; {@code false} if it moved on meanwhile.
	 */
	private boolean mark(long id, OverdueLevel level, Instant now) {
		Boolean marked = this.transaction.execute((status) -> {
			Case subject = this.store.find(id).orElse(null);
			if (subject == null || subject.clock.stage == null || subject.clock.overdueLevel == level) {
				return false;
			}
			int updated = this.jdbc
				.sql("update cases set overdue_level = ? where id = ? and stage = ? and stage_deadline = ?"
						+ " and (overdue_level is null or overdue_level <> ?)")
				.params(level.name(), id, subject.clock.stage.name(), CaseStore.timestamp(subject.clock.deadline),
						level.name())
				.update();
			if (updated != 1) {
				return false;
			}
			recordOverdue(subject, level, now);
			return true;
		});
		return Boolean.TRUE.equals(marked);
	}

	/**
	 * Marks the running stage of a case yellow or red at {@code at}: the level, for red a
	 * 督办 note and the escalation one level up, the timeline entry and its
	 * {@link CaseOverdue} event. The caller writes the case row.
	 */
	void recordOverdue(Case subject, OverdueLevel level, Instant at) {
		subject.clock.overdueLevel = level;
		Stage stage = subject.clock.stage;
		String escalatedTo = (level == OverdueLevel.RED) ? oneLevelUp(subject) : null;
		Moment moment = new Moment(at, null, this.calendar);
		if (level == OverdueLevel.RED) {
			String note = this.messages.getMessage("cases.sla.red-note", new Object[] { CaseWorkflow.label(stage) },
					Locale.SIMPLIFIED_CHINESE);
			this.supervisions.add(subject.id, note, moment);
		}
		Map<String, Object> detail = (escalatedTo != null)
				? Map.of("stage", stage, "level", level, "escalatedTo", escalatedTo)
				: Map.of("stage", stage, "level", level);
		this.transitions.record(subject,
				List.of(subject.record(CaseAction.OVERDUE, subject.unitCode, null, detail,
						(eventId) -> new CaseOverdue(eventId, subject.facts(), at, null, stage, level, escalatedTo))),
				moment);
	}

	/**
	 * Who is told of a red case: the org unit above the one handling it (a community's
	 * street, a street's district), the area a handling department serves, or the street
	 * of a case not yet dispatched.
	 */
	String oneLevelUp(Case subject) {
		String unit = subject.unitCode;
		if (unit == null) {
			return subject.orgCode.substring(0, Math.min(subject.orgCode.length(), OrgLevel.STREET.codeLength()));
		}
		if (Units.isDepartment(unit)) {
			return this.departments.find(unit).map(Department::orgCode).orElse(subject.districtCode);
		}
		return this.orgUnits.find(unit).map(OrgUnit::parentCode).orElse(subject.districtCode);
	}

}
