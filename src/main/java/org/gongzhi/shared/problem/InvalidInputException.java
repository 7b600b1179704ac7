package org.gongzhi.shared.problem;

import org.springframework.http.HttpStatus;

/** Input that passed the format checks but breaks a business rule. */
public class InvalidInputException extends GongzhiException {

	public InvalidInputException(String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", messageKey, arguments);
	}

}
