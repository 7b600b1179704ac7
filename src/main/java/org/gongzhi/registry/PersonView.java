package org.gongzhi.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person as lists and details show them: ID number and phone masked.
 *
 * @param id the person
 * @param orgCode the grid
 * @param householdId where the person lives now ({@code null} after moving out)
 * @param houseId the house of that household
 * @param address the house's address
 * @param name name
 * @param gender gender
 * @param birthDate birth date
 * @param idType kind of document
 * @param idNumber the number, masked ({@code 210105********1234})
 * @param phone the phone, masked ({@code 138****5678})
 * @param residence 户籍, 流动 or 境外
 * @param ethnicity 民族
 * @param education education
 * @param workUnit work unit
 * @param relation relation to the head of the household
 * @param moveInDate moved in
 * @param moveOutDate moved out
 * @param groups codes of the special groups the person belongs to now
 * @param updatedAt last change
 * @param version for optimistic locking
 */
record PersonView(long id, String orgCode, Long householdId, Long houseId, String address, String name, Gender gender,
		LocalDate birthDate, IdType idType, String idNumber, String phone, Residence residence, String ethnicity,
		Education education, String workUnit, Relation relation, LocalDate moveInDate, LocalDate moveOutDate,
		List<String> groups, Instant updatedAt, int version) {

	PersonView withGroups(List<String> codes) {
		return new PersonView(this.id, this.orgCode, this.householdId, this.houseId, this.address, this.name,
				this.gender, this.birthDate, this.idType, this.idNumber, this.phone, this.residence, this.ethnicity,
				this.education, this.workUnit, this.relation, this.moveInDate, this.moveOutDate, List.copyOf(codes),
				this.updatedAt, this.version);
	}

}
