package org.gongzhi.calendar;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class CalendarOnPostgresTest extends CalendarContract {

}
