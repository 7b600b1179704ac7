package org.gongzhi.shared.problem;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything that reaches the servlet error dispatch: API paths answer problem+json,
 * pages get a friendly error page in the chosen language. No stack trace ever leaves the
 * server.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final Problems problems;

	private final ProblemWriter writer;

	ErrorPageController(Problems problems, ProblemWriter writer) {
		this.problems = problems;
		this.writer = writer;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (ApiPaths.isApi(originalPath(request))) {
			this.writer.write(response, this.problems.forStatus(status, LocaleContextHolder.getLocale()));
			return null;
		}
		return new ModelAndView("error", Map.of("status", status.value(), "messageKey", messageKey(status)), status);
	}

	private static String messageKey(HttpStatus status) {
		return switch (status.value()) {
			case 403, 404, 429, 500 -> "error.page." + status.value();
			default -> status.is4xxClientError() ? "error.page.4xx" : "error.page.500";
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		return path.substring(request.getContextPath().length());
	}

}
