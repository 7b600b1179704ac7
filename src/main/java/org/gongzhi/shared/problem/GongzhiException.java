package org.gongzhi.shared.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the user can understand: it carries an HTTP status, a problem type and a
 * message key resolved in the caller's language, never a hard-coded text.
 */
public class GongzhiException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String messageKey;

	private final transient Object[] arguments;

	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	public GongzhiException(HttpStatus status, String type, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.type = type;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** Short slug naming the kind of problem, e.g. {@code not-found}. */
	public String type() {
		return this.type;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * Adds a property to the problem body beside title and detail, e.g. the actions still
	 * allowed after an illegal transition.
	 */
	public GongzhiException withProperty(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	/** Extra properties of the problem body. */
	public Map<String, Object> properties() {
		return Collections.unmodifiableMap(this.properties);
	}

}
