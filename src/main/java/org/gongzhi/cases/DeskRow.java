package org.gongzhi.cases;

import java.time.Duration;

/**
 * A case as a workbench shows it: its summary, where it is, how much time its running
 * stage has left and the unit its category would send it to.
 *
 * @param summary the case
 * @param placeName the community and grid it lies in
 * @param countdown time left in its running stage, {@code null} without one
 * @param suggestedUnit the unit of its category, {@code null} if none
 * @param unitName the name of its handling unit, {@code null} if none
 */
record DeskRow(CaseSummary summary, String placeName, Countdown countdown, HandlingUnits.Unit suggestedUnit,
		String unitName) {

	public long id() {
		return this.summary.id();
	}

	/**
	 * Time left before the running stage's deadline, or past it: working time, clock time
	 * for 特急.
	 *
	 * @param left the time left, or past the deadline when {@code overdue}
	 * @param overdue whether the deadline has passed
	 * @param level yellow, red or {@code null}
	 */
	record Countdown(Duration left, boolean overdue, OverdueLevel level) {

		public long hours() {
			return this.left.toHours();
		}

		public long minutes() {
			return this.left.toMinutesPart();
		}

		/** CSS class of the countdown: {@code red}, {@code yellow} or {@code ok}. */
		public String tone() {
			return (this.level != null) ? this.level.name().toLowerCase(java.util.Locale.ROOT) : "ok";
		}

	}

}
