package org.gongzhi.shared.problem;

import org.springframework.http.HttpStatus;

/**
 * The request is understood but clashes with the current state, e.g. an illegal
 * transition.
 */
public class ConflictException extends GongzhiException {

	public ConflictException(String messageKey, Object... arguments) {
		super(HttpStatus.CONFLICT, "conflict", messageKey, arguments);
	}

}
