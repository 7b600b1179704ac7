package org.gongzhi.identity;

import org.gongzhi.shared.problem.InvalidInputException;

/**
 * A business rule rejected one input field: forms show the message next to that field.
 */
class FieldRejectedException extends InvalidInputException {

	private final String field;

	FieldRejectedException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
		// API clients learn which input to point at, as forms do
		withProperty("field", field);
	}

	String field() {
		return this.field;
	}

}
