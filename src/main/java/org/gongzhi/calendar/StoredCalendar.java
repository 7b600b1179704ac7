package org.gongzhi.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The working calendar as administrators keep it in the database, answered from memory:
 * deadlines are computed on every case transition and by the SLA job over many cases, so
 * no answer reads the database. The copy is replaced after each change made on this node
 * and when a poll sees that another node changed the calendar.
 */
@Service
class StoredCalendar implements WorkingCalendar {

	private static final Logger log = LoggerFactory.getLogger(StoredCalendar.class);

	private final CalendarStore store;

	private final CalendarProperties properties;

	private volatile Snapshot snapshot;

	StoredCalendar(CalendarStore store, CalendarProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration amount) {
		return current().schedule().addWorkingTime(start, amount);
	}

	@Override
	public Duration workingTimeBetween(Instant start, Instant end) {
		return current().schedule().workingTimeBetween(start, end);
	}

	/**
	 * The state answers come from; loaded on first use, which may precede startup's end.
	 */
	Snapshot current() {
		Snapshot current = this.snapshot;
		return (current != null) ? current : reload();
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadOnStart() {
		reload();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(WorkingCalendarChanged event) {
		reload();
	}

	@Scheduled(fixedDelayString = "${gongzhi.calendar.poll:30s}", initialDelayString = "${gongzhi.calendar.poll:30s}")
	void pollForChangesOnOtherNodes() {
		Snapshot current = this.snapshot;
		if (current == null || this.store.revision(CalendarStore.DEFAULT) != current.revision()) {
			reload();
		}
	}

	synchronized Snapshot reload() {
		// the revision first: a change committed while the rest is read shows up as a
		// newer revision at the next poll, never as a missed one
		long revision = this.store.revision(CalendarStore.DEFAULT);
		List<WorkingPeriod> periods = this.store.periods(CalendarStore.DEFAULT);
		WorkingHours hours = periods.isEmpty() ? this.properties.configuredHours() : new WorkingHours(periods);
		Map<LocalDate, DayKind> days = this.store.days(CalendarStore.DEFAULT)
			.stream()
			.collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
		Snapshot loaded = new Snapshot(new WorkingSchedule(this.properties.zone(), hours, days), revision,
				periods.isEmpty());
		this.snapshot = loaded;
		log.info("Working calendar revision {}: hours {}, {} holidays and adjusted working days", revision,
				hours.text(), days.size());
		return loaded;
	}

	/**
	 * One loaded state of the calendar.
	 *
	 * @param schedule the arithmetic over it
	 * @param revision the database revision it was read at
	 * @param configuredHours whether the hours are the configured ones rather than an
	 * administrator's
	 */
	record Snapshot(WorkingSchedule schedule, long revision, boolean configuredHours) {
	}

}
