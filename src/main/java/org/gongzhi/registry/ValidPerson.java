package org.gongzhi.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The checks of a person that span fields: a resident ID number by GB 11643 (region,
 * birth date, check digit) and its agreement with the stated birth date and gender. Each
 * problem is reported on its field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonFormValidator.class)
@interface ValidPerson {

	String message() default "{registry.person.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
