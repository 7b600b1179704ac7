package org.gongzhi.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Working time: the hours of working days during which a deadline runs. Times outside
 * them (nights, lunch breaks, weekends, holidays) do not count; adjusted working days
 * (调休) do. The calendar is kept as data by administrators, so the answers follow it.
 */
public interface WorkingCalendar {

	/**
	 * The instant at which {@code amount} of working time has passed after {@code start}.
	 * A start outside working hours counts from the next working moment; an amount that
	 * uses up a period ends at the period's end (10:00 + 2 h is 12:00, not 13:30).
	 * @throws IllegalArgumentException if {@code amount} is negative
	 */
	Instant addWorkingTime(Instant start, Duration amount);

	/**
	 * The working time between two instants; zero when {@code end} is not after
	 * {@code start}.
	 */
	Duration workingTimeBetween(Instant start, Instant end);

	/**
	 * The deadline {@code amount} after {@code start} on the given basis, for callers
	 * that run some deadlines on clock time (特急) and the others on working time.
	 */
	default Instant deadline(Instant start, Duration amount, TimeBasis basis) {
		return (basis == TimeBasis.CLOCK) ? start.plus(amount) : addWorkingTime(start, amount);
	}

	/**
	 * The time that counts between two instants on the given basis; zero when {@code end}
	 * is not after {@code start}.
	 */
	default Duration elapsed(Instant start, Instant end, TimeBasis basis) {
		if (basis == TimeBasis.WORKING) {
			return workingTimeBetween(start, end);
		}
		return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
	}

}
