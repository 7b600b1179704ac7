package org.gongzhi.calendar;

class CalendarOnH2Test extends CalendarContract {

}
