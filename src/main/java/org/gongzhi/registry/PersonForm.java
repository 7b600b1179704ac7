package org.gongzhi.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzhi.identity.MobileNumber;

/**
 * A person as entered ({@code POST /api/registry/persons}, and for a merge or change).
 * Gender and birth date may be left out when a resident ID number gives them; dates may
 * not lie after today ({@link PersonFormValidator}, on the application clock).
 *
 * @param householdId the household the person lives in (以房管人)
 * @param name name
 * @param gender gender; from the ID number when left out
 * @param birthDate birth date; from the ID number when left out
 * @param idType kind of document
 * @param idNumber its number (checked by GB 11643 for a resident ID)
 * @param phone mobile number
 * @param residence 户籍, 流动 or 境外
 * @param ethnicity 民族
 * @param education highest education
 * @param workUnit where the person works
 * @param relation relation to the head of the household
 * @param moveInDate when the person moved in
 */
@ValidPerson
record PersonForm(@NotNull Long householdId, @NotBlank @Size(max = 50) String name, Gender gender, LocalDate birthDate,
		@NotNull IdType idType, @Size(max = 40) String idNumber,
		@Pattern(regexp = MobileNumber.PATTERN, message = "{registry.phone.invalid}") String phone,
		@NotNull Residence residence, @Size(max = 20) String ethnicity, Education education,
		@Size(max = 100) String workUnit, Relation relation, LocalDate moveInDate) {

	PersonForm {
		name = (name != null) ? name.strip() : null;
		idNumber = (idNumber == null || idNumber.isBlank()) ? null
				: (idType == IdType.RESIDENT_ID) ? IdNumbers.normalize(idNumber) : idNumber.strip();
		phone = (phone == null || phone.isBlank()) ? null : phone.strip();
		ethnicity = blankToNull(ethnicity);
		workUnit = blankToNull(workUnit);
	}

	/** Gender as stated, else as the resident ID number gives it. */
	Gender effectiveGender() {
		if (this.gender != null) {
			return this.gender;
		}
		return (this.idType == IdType.RESIDENT_ID && this.idNumber != null) ? IdNumbers.gender(this.idNumber) : null;
	}

	/** Birth date as stated, else as the resident ID number gives it. */
	LocalDate effectiveBirthDate() {
		if (this.birthDate != null || this.idType != IdType.RESIDENT_ID || this.idNumber == null) {
			return this.birthDate;
		}
		return IdNumbers.birthDate(this.idNumber).orElse(null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
