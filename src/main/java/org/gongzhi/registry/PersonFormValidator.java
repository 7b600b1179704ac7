package org.gongzhi.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ValidPerson}: each problem on its own field. "Today" is the application
 * clock's day in Beijing, so that tests can move time and a birth at 00:30 in Beijing is
 * not in the future of a server running on UTC.
 */
class PersonFormValidator implements ConstraintValidator<ValidPerson, PersonForm> {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	/** Made by Spring's constraint validator factory, with the application clock. */
	PersonFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean isValid(PersonForm form, ConstraintValidatorContext context) {
		if (form == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), BEIJING);
		boolean valid = true;
		if (form.birthDate() != null && form.birthDate().isAfter(today)) {
			valid = reject(context, "birthDate", "registry.date.future");
		}
		if (form.moveInDate() != null && form.moveInDate().isAfter(today)) {
			valid = reject(context, "moveInDate", "registry.date.future");
		}
		if (form.idType() == IdType.RESIDENT_ID && form.idNumber() != null) {
			Optional<String> problem = IdNumbers.problem(form.idNumber(), today);
			if (problem.isPresent()) {
				return reject(context, "idNumber", problem.get());
			}
			LocalDate written = IdNumbers.birthDate(form.idNumber()).orElseThrow();
			if (form.birthDate() != null && !form.birthDate().equals(written)) {
				valid = reject(context, "birthDate", "registry.person.birth-date-mismatch");
			}
			if (form.gender() != null && form.gender() != IdNumbers.gender(form.idNumber())) {
				valid = reject(context, "gender", "registry.person.gender-mismatch");
			}
		}
		if (form.effectiveGender() == null) {
			valid = reject(context, "gender", "registry.person.gender-missing");
		}
		return valid;
	}

	private static boolean reject(ConstraintValidatorContext context, String field, String key) {
		context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode(field).addConstraintViolation();
		return false;
	}

}
