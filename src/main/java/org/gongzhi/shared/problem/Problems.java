package org.gongzhi.shared.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details whose title and detail are in the caller's language.
 */
@Component
public class Problems {

	/** Base of every problem type URI; the slug after it names the kind of problem. */
	public static final String TYPE_BASE = "https://gongzhi.org/problems/";

	private final MessageSource messages;

	public Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatusCode status, String type, String detailKey, Object[] arguments, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title(status, locale));
		problem.setDetail(this.messages.getMessage(detailKey, arguments, detailKey, locale));
		return problem;
	}

	/**
	 * A problem for a plain HTTP status, with the generic localized detail for that
	 * status.
	 */
	public ProblemDetail forStatus(HttpStatusCode status, Locale locale) {
		return of(status, typeOf(status), "problem.detail." + statusKey(status), null, locale);
	}

	public ProblemDetail validation(List<FieldProblem> errors, Locale locale) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "problem.detail.validation",
				new Object[] { errors.size() }, locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	public String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private String title(HttpStatusCode status, Locale locale) {
		return this.messages.getMessage("problem.title." + statusKey(status), null,
				this.messages.getMessage("problem.title.other", null, locale), locale);
	}

	private static String statusKey(HttpStatusCode status) {
		return switch (status.value()) {
			case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 503 -> String.valueOf(status.value());
			default -> status.is4xxClientError() ? "4xx" : "5xx";
		};
	}

	private static String typeOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String reason = (known != null) ? known.name() : "HTTP_" + status.value();
		return reason.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** One rejected field and why, in the caller's language. */
	public record FieldProblem(String field, String message) {
	}

}
