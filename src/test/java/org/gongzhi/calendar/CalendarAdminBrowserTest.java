package org.gongzhi.calendar;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.calendar.Calendars.at;

/**
 * An administrator enters a year's holidays as the State Council publishes them. Works on
 * 2030, which nothing else uses, and removes it afterwards.
 */
class CalendarAdminBrowserTest extends BrowserTest {

	@Autowired
	private StoredCalendar calendar;

	@AfterEach
	void removeWhatTheTestEntered() {
		this.jdbc.sql("delete from work_calendar_day where calendar_date between ? and ?")
			.params(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))
			.update();
		this.jdbc.sql("delete from work_calendar_period").update();
		this.jdbc.sql("update work_calendar set revision = revision + 1").update();
		this.calendar.reload();
	}

	@Test
	void anAdministratorAddsTheNationalDayHolidayAndIsToldOfADuplicateNextToTheDate() {
		loginAs(DemoUser.ADMIN);
		open("/admin/calendar?year=2030");
		assertThat(this.page.getByTestId("no-days")).isVisible();
		assertThat(this.page.getByTestId("days-title")).hasText("2030 年节假日与调休");

		this.page.fill("#day-date", "2030-10-01");
		this.page.fill("#day-until", "2030-10-07");
		this.page.selectOption("#day-kind", "HOLIDAY");
		this.page.fill("#day-name-zh", "国庆节");
		this.page.fill("#day-name-en", "National Day");
		this.page.getByTestId("day-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).hasText("已添加 7 天。");
		assertThat(this.page.getByTestId("days").locator("tbody tr")).hasCount(7);
		assertThat(this.page.locator(".month-grid td[data-date='2030-10-01']")).hasClass("holiday");
		assertThat(this.page.locator(".month-grid td[data-date='2030-10-08']")).hasClass("work");
		assertThat(this.calendar.addWorkingTime(at("2030-09-30T16:00"), Duration.ofHours(4)))
			.as("deadlines follow at once")
			.isEqualTo(at("2030-10-08T11:00"));

		this.page.fill("#day-date", "2030-10-03");
		this.page.fill("#day-name-zh", "重复");
		this.page.getByTestId("day-form").locator("button[type=submit]").click();
		assertThat(this.page.locator("#day-date-error")).containsText("2030-10-03 已登记为“国庆节”");
		assertThat(this.page.locator("#day-date")).hasAttribute("aria-invalid", "true");
		assertThat(this.page.locator("#day-name-zh")).hasValue("重复");

		this.page.fill("#day-date", "2030-09-29");
		this.page.fill("#day-until", "");
		this.page.selectOption("#day-kind", "WORKDAY");
		this.page.fill("#day-name-zh", "国庆节");
		this.page.getByTestId("day-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).hasText("已添加 1 天。");
		assertThat(this.page.locator(".month-grid td[data-date='2030-09-29']")).hasClass("workday");

		this.page.getByTestId("lang-en").click();
		open("/admin/calendar?year=2030");
		assertThat(this.page.getByTestId("days-title")).hasText("Holidays and adjusted working days of 2030");
		assertThat(this.page.locator("tr[data-date='2030-10-01']")).containsText("National Day");
		assertThat(this.page.locator("tr[data-date='2030-09-29']")).containsText("Adjusted working day");

		this.page.locator("tr[data-date='2030-10-07']").getByTestId("remove").click();
		assertThat(this.page.getByTestId("notice")).hasText("The entry of 2030-10-07 was removed.");
		assertThat(this.page.getByTestId("days").locator("tbody tr")).hasCount(7);
		assertThat(this.calendar.addWorkingTime(at("2030-09-30T16:00"), Duration.ofHours(4)))
			.isEqualTo(at("2030-10-07T11:00"));
	}

	@Test
	void workingHoursAreCheckedSavedAndRestored() {
		loginAs(DemoUser.ADMIN);
		open("/admin/calendar?year=2030");
		assertThat(this.page.getByTestId("hours-current")).hasText("08:30-12:00, 13:30-17:30");
		this.page.fill("#hours-periods", "09:00-12:00, 11:00-18:00");
		this.page.getByTestId("hours-form").locator("button[type=submit]").click();
		assertThat(this.page.locator("#hours-periods-error")).containsText("重叠");

		this.page.fill("#hours-periods", "9:00-12:00、14:00至18:00");
		this.page.getByTestId("hours-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).containsText("上班时间已保存");
		assertThat(this.page.getByTestId("hours-current")).hasText("09:00-12:00, 14:00-18:00");
		assertThat(this.page.getByTestId("hours-source")).hasText("管理员设置");

		this.page.getByTestId("hours-restore").locator("button").click();
		assertThat(this.page.getByTestId("hours-current")).hasText("08:30-12:00, 13:30-17:30");
		assertThat(this.page.getByTestId("hours-source")).hasText("配置文件默认值");
	}

	@Test
	void theCalendarIsInTheAdministratorsNavigation() {
		loginAs(DemoUser.ADMIN);
		open("/");
		this.page.locator(".mainnav").getByText("工作日历").click();
		assertThat(this.page.locator("h1")).hasText("工作日历");
		assertThat(this.page.locator("tr[data-date='2026-10-01'], .month-grid td.holiday").first()).isVisible();
	}

}
