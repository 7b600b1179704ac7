package org.gongzhi.shared.problem;

import org.springframework.http.HttpStatus;

/**
 * The object does not exist, or lies outside the caller's data scope: both answer 404 so
 * that existence does not leak.
 */
public class NotFoundException extends GongzhiException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(HttpStatus.NOT_FOUND, "not-found", messageKey, arguments);
	}

}
