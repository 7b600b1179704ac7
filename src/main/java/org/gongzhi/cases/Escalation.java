package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 吹哨: units summoned to solve a case together, one leading. The case cannot be handled
 * until the lead unit reports its part done.
 *
 * @param id id
 * @param leadUnitCode the lead unit
 * @param reason why the units were summoned
 * @param createdAt when
 * @param createdBy who escalated
 * @param createdByName their name
 * @param units every summoned unit, the lead first
 */
record Escalation(long id, String leadUnitCode, String reason, Instant createdAt, Long createdBy, String createdByName,
		List<SummonedUnit> units) {

	Escalation {
		units = List.copyOf(units);
	}

	boolean leadDone() {
		return unit(this.leadUnitCode).map((unit) -> unit.doneAt() != null).orElse(true);
	}

	Optional<SummonedUnit> unit(String code) {
		return this.units.stream().filter((unit) -> unit.unitCode().equals(code)).findFirst();
	}

	/**
	 * One summoned unit and how it answered.
	 *
	 * @param unitCode department or org unit code
	 * @param lead whether it leads
	 * @param reportedInAt when it reported in (报到), {@code null} if not yet
	 * @param reportedInBy who reported in
	 * @param reportedInName their name
	 * @param doneAt when it reported its part done
	 * @param doneBy who reported it done
	 * @param doneName their name
	 * @param doneNote what it did
	 */
	record SummonedUnit(String unitCode, boolean lead, Instant reportedInAt, Long reportedInBy, String reportedInName,
			Instant doneAt, Long doneBy, String doneName, String doneNote) {
	}

}
