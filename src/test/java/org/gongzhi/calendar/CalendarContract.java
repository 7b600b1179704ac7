package org.gongzhi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.AuthorizationMatrix;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.calendar.Calendars.at;

/**
 * The calendar's data, API and in-memory copy on the demo installation. Entries the tests
 * make lie in 2099 and are removed after each test, so that deadlines of other tests
 * sharing the application are not moved.
 */
abstract class CalendarContract extends ApplicationTest {

	/** Friday 5 June 2099, and the Monday and Tuesday after it. */
	private static final String FRIDAY = "2099-06-05";

	private static final String MONDAY = "2099-06-08";

	@Autowired
	private StoredCalendar calendar;

	@Autowired
	private WorkingCalendar workingCalendar;

	@AfterEach
	void removeWhatTheTestEntered() {
		this.jdbc.sql("delete from work_calendar_day where calendar_date >= ?")
			.param(LocalDate.of(2090, 1, 1))
			.update();
		this.jdbc.sql("delete from work_calendar_period").update();
		this.jdbc.sql("update work_calendar set revision = revision + 1").update();
		this.calendar.reload();
	}

	@Test
	void theOfficialSchedulesOf2025And2026AreShipped() {
		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		JsonNode days2026 = dispatcher.get("/api/calendar/days?year=2026").json();
		assertThat(count(days2026, "HOLIDAY")).isEqualTo(33);
		assertThat(dates(days2026, "WORKDAY")).containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
				"2026-09-20", "2026-10-10");
		JsonNode nationalDay = find(days2026, "2026-10-01");
		assertThat(nationalDay.path("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(nationalDay.path("name").asString()).isEqualTo("国庆节");
		assertThat(nationalDay.path("weekday").asString()).isEqualTo("THURSDAY");

		JsonNode days2025 = dispatcher.get("/api/calendar/days?year=2025").json();
		assertThat(count(days2025, "HOLIDAY")).isEqualTo(28);
		assertThat(dates(days2025, "WORKDAY")).containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
				"2025-10-11");

		JsonNode english = http().loginAs(DemoUser.RESIDENT)
			.get("/api/calendar/days?year=2026", "Accept-Language", "en")
			.json();
		assertThat(find(english, "2026-10-01").path("name").asString()).isEqualTo("National Day");
		assertThat(dispatcher.get("/api/calendar/days?year=2099").json().size()).isZero();
	}

	@Test
	void deadlinesRunInWorkingTimeOnTheShippedCalendar() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		assertThat(deadline(grid, "2026-03-10T17:00", "2")).as("overnight").isEqualTo(at("2026-03-11T10:00"));
		assertThat(deadline(grid, "2026-03-10T11:00", "2")).as("over lunch").isEqualTo(at("2026-03-10T14:30"));
		assertThat(deadline(grid, "2026-03-13T16:00", "4")).as("over a weekend").isEqualTo(at("2026-03-16T11:00"));
		assertThat(deadline(grid, "2026-09-30T16:00", "4")).as("over 国庆").isEqualTo(at("2026-10-08T11:00"));
		assertThat(deadline(grid, "2026-10-09T17:00", "1")).as("into an adjusted working Saturday")
			.isEqualTo(at("2026-10-10T09:00"));
		assertThat(deadline(grid, "2026-09-30T16:00%2B08:00", "0.5")).as("with an offset")
			.isEqualTo(at("2026-09-30T16:30"));
		assertThat(instant(
				grid.get("/api/calendar/deadline?start=2026-09-30T16:00&hours=4&basis=CLOCK").json().path("deadline")))
			.as("特急 on clock time")
			.isEqualTo(at("2026-09-30T20:00"));
		JsonNode answer = grid.get("/api/calendar/deadline?start=2026-09-30T16:00&hours=4").json();
		assertThat(answer.path("deadline").asString()).as("in Beijing time").isEqualTo("2026-10-08T11:00:00+08:00");
		assertThat(answer.path("amount").asString()).isEqualTo("PT4H");
		assertThat(answer.path("basis").asString()).isEqualTo("WORKING");
		assertThat(grid.get("/api/calendar/working-time?from=2026-09-30T16:00&to=2026-10-08T11:00")
			.json()
			.path("workingMinutes")
			.asLong()).isEqualTo(240);
		assertThat(this.workingCalendar.addWorkingTime(at("2026-09-30T16:00"), java.time.Duration.ofHours(4)))
			.as("the bean other modules use")
			.isEqualTo(at("2026-10-08T11:00"));

		TestHttp.Response wrong = grid.get("/api/calendar/deadline?start=yesterday&hours=1");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.json().path("detail").asString()).contains("yesterday");
		assertThat(grid.get("/api/calendar/deadline?hours=-1").status()).isEqualTo(400);
	}

	@Test
	void everySignedInUserMayReadTheCalendarAndOnlyAnAdministratorChangeIt() {
		new AuthorizationMatrix(this::http).get("/api/calendar/days?year=2026")
			.allowsEveryone(200)
			.get("/api/calendar/hours")
			.allowsEveryone(200)
			.get("/api/calendar/deadline?start=2026-09-30T16:00&hours=1")
			.allowsEveryone(200)
			// a date already entered: refused for the administrator, changes nothing
			.post("/api/calendar/days", "{\"date\":\"2026-10-01\",\"kind\":\"HOLIDAY\",\"nameZh\":\"国庆节\"}")
			.allows(409, DemoUser.ADMIN)
			.verify();
		TestHttp streetAdmin = http().loginAs(DemoUser.STREET_ADMIN);
		assertThat(streetAdmin.delete("/api/calendar/days/2026-10-01").status())
			.as("the calendar serves the whole district: a street administrator may not change it")
			.isEqualTo(403);
		TestHttp.Response readOnly = streetAdmin.get("/admin/calendar?year=2026");
		assertThat(readOnly.status()).isEqualTo(200);
		assertThat(readOnly.body()).contains("data-testid=\"read-only\"").doesNotContain("data-testid=\"day-form\"");
		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		assertThat(dispatcher.delete("/api/calendar/days/2026-10-01").status()).isEqualTo(403);
		assertThat(dispatcher.putJson("/api/calendar/hours", "{\"periods\":[{\"start\":\"00:00\",\"end\":\"23:00\"}]}")
			.status()).isEqualTo(403);
		assertThat(dispatcher.get("/admin/calendar").status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from work_calendar_day where calendar_date = ?")
			.param(LocalDate.parse("2026-10-01"))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aHolidayEnteredByAnAdministratorMovesDeadlinesAtOnce() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		long revision = revision();
		assertThat(deadline(dispatcher, FRIDAY + "T16:00", "4")).isEqualTo(at(MONDAY + "T11:00"));

		TestHttp.Response added = admin.postJson("/api/calendar/days",
				"{\"date\":\"" + MONDAY + "\",\"kind\":\"HOLIDAY\",\"nameZh\":\"测试假日\",\"nameEn\":\"Test holiday\"}");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get(0).path("date").asString()).isEqualTo(MONDAY);
		assertThat(deadline(dispatcher, FRIDAY + "T16:00", "4")).as("the Monday is off now")
			.isEqualTo(at("2099-06-09T11:00"));
		assertThat(revision()).isGreaterThan(revision);
		assertThat(
				this.jdbc.sql("select count(*) from audit_log where action = 'CALENDAR_DAYS_ADD' and actor = 'admin'")
					.query(Long.class)
					.single())
			.isPositive();

		assertThat(admin.delete("/api/calendar/days/" + MONDAY).status()).isEqualTo(204);
		assertThat(deadline(dispatcher, FRIDAY + "T16:00", "4")).isEqualTo(at(MONDAY + "T11:00"));
		assertThat(admin.delete("/api/calendar/days/" + MONDAY).status()).isEqualTo(404);
	}

	@Test
	void aChangeMadeOnAnotherNodeIsPickedUpByThePoll() {
		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		assertThat(deadline(dispatcher, FRIDAY + "T16:00", "4")).isEqualTo(at(MONDAY + "T11:00"));
		// what another node's administration does: the entry and a new revision
		this.jdbc
			.sql("insert into work_calendar_day (calendar_key, calendar_date, kind, name_zh) values"
					+ " ('default', ?, 'HOLIDAY', '别的节点')")
			.param(LocalDate.parse(MONDAY))
			.update();
		this.jdbc.sql("update work_calendar set revision = revision + 1 where calendar_key = 'default'").update();
		assertThat(deadline(dispatcher, FRIDAY + "T16:00", "4")).as("answered from memory until the poll")
			.isEqualTo(at(MONDAY + "T11:00"));

		this.calendar.pollForChangesOnOtherNodes();

		assertThat(deadline(dispatcher, FRIDAY + "T16:00", "4")).isEqualTo(at("2099-06-09T11:00"));
	}

	@Test
	void duplicatesImpossibleDatesAndWeekdayWorkdaysAreRefusedNamingTheField() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		assertThat(admin.postJson("/api/calendar/days", day("2099-01-01", "HOLIDAY", "元旦")).status()).isEqualTo(201);

		TestHttp.Response duplicate = admin.postJson("/api/calendar/days", day("2099-01-01", "HOLIDAY", "又一个元旦"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
		assertThat(field(duplicate)).isEqualTo("date");
		assertThat(duplicate.json().path("detail").asString()).contains("2099-01-01").contains("元旦");
		assertThat(admin
			.postJson("/api/calendar/days", day("2099-01-01", "HOLIDAY", "元旦"), "Accept-Language", "en-GB,en;q=0.9")
			.json()
			.path("detail")
			.asString()).contains("already entered");

		TestHttp.Response impossible = admin.postJson("/api/calendar/days", day("2099-02-30", "HOLIDAY", "无"));
		assertThat(impossible.status()).isEqualTo(400);
		assertThat(field(impossible)).isEqualTo("date");
		assertThat(field(admin.postJson("/api/calendar/days", day("next monday", "HOLIDAY", "无")))).isEqualTo("date");

		TestHttp.Response weekday = admin.postJson("/api/calendar/days", day("2099-01-05", "WORKDAY", "调休"));
		assertThat(weekday.status()).isEqualTo(400);
		assertThat(field(weekday)).isEqualTo("kind");

		TestHttp.Response backwards = admin.postJson("/api/calendar/days",
				"{\"date\":\"2099-10-07\",\"until\":\"2099-10-01\",\"kind\":\"HOLIDAY\",\"nameZh\":\"国庆节\"}");
		assertThat(field(backwards)).isEqualTo("until");
		assertThat(field(admin.postJson("/api/calendar/days", day("2099-03-02", "HOLIDAY", "")))).isEqualTo("nameZh");
		assertThat(field(admin.postJson("/api/calendar/days", day("2099-03-02", "FEAST", "节")))).isEqualTo("kind");

		TestHttp.Response week = admin.postJson("/api/calendar/days",
				"{\"date\":\"2099-10-01\",\"until\":\"2099-10-07\",\"kind\":\"HOLIDAY\",\"nameZh\":\"国庆节\","
						+ "\"nameEn\":\"National Day\"}");
		assertThat(week.status()).isEqualTo(201);
		assertThat(week.json().size()).isEqualTo(7);
		assertThat(admin.get("/api/calendar/days?year=2099").json().size()).isEqualTo(8);
		assertThat(field(admin.postJson("/api/calendar/days",
				"{\"date\":\"2099-09-30\",\"until\":\"2099-10-02\",\"kind\":\"HOLIDAY\",\"nameZh\":\"重叠\"}")))
			.as("a run that meets an entered day is refused as a whole")
			.isEqualTo("date");
		assertThat(admin.get("/api/calendar/days?year=2099").json().size()).isEqualTo(8);
	}

	@Test
	void workingHoursSetByAnAdministratorApplyUntilRestored() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		JsonNode configured = admin.get("/api/calendar/hours").json();
		assertThat(configured.path("configured").asBoolean()).isTrue();
		assertThat(configured.path("dailyMinutes").asLong()).isEqualTo(450);
		assertThat(configured.path("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(deadline(admin, MONDAY + "T11:00", "2")).isEqualTo(at(MONDAY + "T14:30"));

		TestHttp.Response changed = admin.putJson("/api/calendar/hours",
				"{\"periods\":[{\"start\":\"09:00\",\"end\":\"12:00\"},{\"start\":\"14:00\",\"end\":\"18:00\"}]}");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("configured").asBoolean()).isFalse();
		assertThat(changed.json().path("dailyMinutes").asLong()).isEqualTo(420);
		assertThat(deadline(admin, MONDAY + "T11:00", "2")).isEqualTo(at(MONDAY + "T15:00"));
		assertThat(this.jdbc.sql("select count(*) from work_calendar_period").query(Long.class).single()).isEqualTo(2);

		TestHttp.Response overlapping = admin.putJson("/api/calendar/hours",
				"{\"periods\":[{\"start\":\"09:00\",\"end\":\"12:00\"},{\"start\":\"11:00\",\"end\":\"18:00\"}]}");
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(field(overlapping)).isEqualTo("periods");
		assertThat(overlapping.json().path("detail").asString()).contains("09:00-12:00").contains("11:00-18:00");

		assertThat(admin.delete("/api/calendar/hours").json().path("configured").asBoolean()).isTrue();
		assertThat(deadline(admin, MONDAY + "T11:00", "2")).isEqualTo(at(MONDAY + "T14:30"));
	}

	@Test
	void thePageShowsAnImpossibleDateNextToTheField() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response page = admin.postForm("/admin/calendar/days",
				java.util.Map.of("date", "2099-02-30", "kind", "HOLIDAY", "nameZh", "无", "year", "2099"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"day-date-error\"").contains("不是有效的日期");
		TestHttp.Response hours = admin.postForm("/admin/calendar/hours", java.util.Map.of("periods", "8 to 5"));
		assertThat(hours.body()).contains("id=\"hours-periods-error\"").contains("8");
		assertThat(this.jdbc.sql("select count(*) from work_calendar_period").query(Long.class).single()).isZero();
	}

	private static Instant deadline(TestHttp http, String start, String hours) {
		TestHttp.Response response = http.get("/api/calendar/deadline?start=" + start + "&hours=" + hours);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return instant(response.json().path("deadline"));
	}

	private static Instant instant(JsonNode node) {
		return OffsetDateTime.parse(node.asString()).toInstant();
	}

	private long revision() {
		return this.jdbc.sql("select revision from work_calendar where calendar_key = 'default'")
			.query(Long.class)
			.single();
	}

	private static String day(String date, String kind, String nameZh) {
		return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"nameZh\":\"" + nameZh + "\"}";
	}

	private static String field(TestHttp.Response response) {
		return response.json().path("errors").get(0).path("field").asString();
	}

	private static long count(JsonNode days, String kind) {
		return dates(days, kind).size();
	}

	private static List<String> dates(JsonNode days, String kind) {
		List<String> dates = new ArrayList<>();
		days.forEach((day) -> {
			if (day.path("kind").asString().equals(kind)) {
				dates.add(day.path("date").asString());
			}
		});
		return dates;
	}

	private static JsonNode find(JsonNode days, String date) {
		for (JsonNode day : days) {
			if (day.path("date").asString().equals(date)) {
				return day;
			}
		}
		throw new AssertionError("no " + date);
	}

}
