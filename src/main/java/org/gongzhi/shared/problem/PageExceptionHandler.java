package org.gongzhi.shared.problem;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link GongzhiException} thrown while serving a page shows the error page with its
 * status and its message in the chosen language (REST endpoints are answered by
 * {@link ApiExceptionHandler}).
 */
@ControllerAdvice
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(GongzhiException.class)
	ModelAndView handle(GongzhiException ex, Locale locale) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		return new ModelAndView("error", Map.of("status", ex.status().value(), "message", message), ex.status());
	}

}
