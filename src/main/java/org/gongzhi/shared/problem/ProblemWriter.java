package org.gongzhi.shared.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem straight to the servlet response, for places outside Spring MVC's
 * handlers: the security filters and the error dispatch.
 */
@Component
public class ProblemWriter {

	public static final String MEDIA_TYPE = "application/problem+json";

	private final JsonMapper json;

	public ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MEDIA_TYPE);
		this.json.writeValue(response.getOutputStream(), body);
	}

}
