package org.gongzhi.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Working time: the hours of working days during which a deadline runs. Times outside
 * them (nights, lunch breaks, weekends, holidays) do not count.
 */
public interface WorkingCalendar {

	/**
	 * The instant at which {@code amount} of working time has passed after {@code start}.
	 * A start outside working hours counts from the next working moment.
	 */
	Instant addWorkingTime(Instant start, Duration amount);

	/**
	 * The working time between two instants; zero when {@code end} is not after
	 * {@code start}.
	 */
	Duration workingTimeBetween(Instant start, Instant end);

}
