/**
 * The working calendar: working hours, weekends, public holidays and adjusted working
 * days (调休). Deadlines of the case closed loop are computed in its working time.
 */
package org.gongzhi.calendar;
