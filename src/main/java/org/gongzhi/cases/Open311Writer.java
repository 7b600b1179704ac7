package org.gongzhi.cases;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes Open311 answers and errors in the format asked for. Errors take the spec's
 * shape, {@code [{"code":400,"description":"…"}]} or
 * {@code <errors><error><code>400</code><description>…</description></error></errors>},
 * with the description in the caller's language.
 */
@Component
class Open311Writer {

	private final JsonMapper json;

	private final MessageSource messages;

	Open311Writer(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	ResponseEntity<String> ok(Open311Format format, Open311Body.Root root) {
		return answer(format, HttpStatusCode.valueOf(200), root);
	}

	ResponseEntity<String> answer(Open311Format format, HttpStatusCode status, Open311Body.Root root) {
		return ResponseEntity.status(status).contentType(format.contentType()).body(body(format, root));
	}

	ResponseEntity<String> error(Open311Format format, HttpStatusCode status, String description) {
		return answer(format, status, errors(status, description));
	}

	String body(Open311Format format, Open311Body.Root root) {
		return (format == Open311Format.XML) ? Open311Body.xml(root) : Open311Body.json(root, this.json);
	}

	static Open311Body.Root errors(HttpStatusCode status, String description) {
		return Open311Body.Root.list("errors", "error",
				List.of(Open311Body.fields().put("code", status.value()).put("description", description)));
	}

	String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
