package org.gongzhi.calendar;

import org.gongzhi.shared.problem.InvalidInputException;

/**
 * Working hours an administrator typed that cannot be used; belongs to the periods field.
 */
class InvalidHoursException extends InvalidInputException {

	InvalidHoursException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
