package org.gongzhi.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The calendar's tables. */
@Component
class CalendarStore {

	/** The calendar of the whole installation. */
	static final String DEFAULT = "default";

	private static final String DAY_COLUMNS = "calendar_date, kind, name_zh, name_en";

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Raised by every change; a node whose copy has another revision reloads. */
	long revision(String key) {
		return this.jdbc.sql("select revision from work_calendar where calendar_key = ?")
			.param(key)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/**
	 * Marks a change: raises the revision and locks the calendar's row until the
	 * transaction ends, so that two administrators' changes do not interleave.
	 */
	void touch(String key, Instant now, String actor) {
		this.jdbc
			.sql("update work_calendar set revision = revision + 1, updated_at = ?, updated_by = ?"
					+ " where calendar_key = ?")
			.params(Timestamp.from(now), actor, key)
			.update();
	}

	List<WorkingPeriod> periods(String key) {
		return this.jdbc
			.sql("select starts_at, ends_at from work_calendar_period where calendar_key = ? order by starts_at")
			.param(key)
			.query((rs, row) -> new WorkingPeriod(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)))
			.list();
	}

	/** Replaces the hours; none means the configured ones apply. */
	void replacePeriods(String key, List<WorkingPeriod> periods) {
		this.jdbc.sql("delete from work_calendar_period where calendar_key = ?").param(key).update();
		for (WorkingPeriod period : periods) {
			this.jdbc.sql("insert into work_calendar_period (calendar_key, starts_at, ends_at) values (?, ?, ?)")
				.params(key, period.start(), period.end())
				.update();
		}
	}

	List<CalendarDay> days(String key) {
		return this.jdbc
			.sql("select " + DAY_COLUMNS + " from work_calendar_day where calendar_key = ? order by calendar_date")
			.param(key)
			.query(CalendarStore::day)
			.list();
	}

	List<CalendarDay> daysBetween(String key, LocalDate first, LocalDate last) {
		return this.jdbc
			.sql("select " + DAY_COLUMNS + " from work_calendar_day where calendar_key = ?"
					+ " and calendar_date between ? and ? order by calendar_date")
			.params(key, first, last)
			.query(CalendarStore::day)
			.list();
	}

	Optional<CalendarDay> day(String key, LocalDate date) {
		return this.jdbc
			.sql("select " + DAY_COLUMNS + " from work_calendar_day where calendar_key = ? and calendar_date = ?")
			.params(key, date)
			.query(CalendarStore::day)
			.optional();
	}

	/** The years that hold at least one exception, earliest first. */
	List<Integer> years(String key) {
		return this.jdbc
			.sql("select distinct extract(year from calendar_date) as y from work_calendar_day"
					+ " where calendar_key = ? order by y")
			.param(key)
			.query((rs, row) -> rs.getInt(1))
			.list();
	}

	void insert(String key, CalendarDay day) {
		this.jdbc
			.sql("insert into work_calendar_day (calendar_key, calendar_date, kind, name_zh, name_en)"
					+ " values (?, ?, ?, ?, ?)")
			.params(key, day.date(), day.kind().name(), day.nameZh(), day.nameEn())
			.update();
	}

	boolean delete(String key, LocalDate date) {
		return this.jdbc.sql("delete from work_calendar_day where calendar_key = ? and calendar_date = ?")
			.params(key, date)
			.update() > 0;
	}

	private static CalendarDay day(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name_zh"), rs.getString("name_en"));
	}

}
