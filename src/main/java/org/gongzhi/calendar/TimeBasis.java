package org.gongzhi.calendar;

/**
 * What a deadline runs on: working time for ordinary cases, clock time for those that
 * cannot wait (特急 cases run day and night, weekends and holidays included).
 */
public enum TimeBasis {

	/** Only the working hours of working days count. */
	WORKING,

	/** Every hour counts. */
	CLOCK

}
