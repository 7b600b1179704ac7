package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The response headers of an audit export: a CSV download named after its period. */
final class AuditCsv {

	private AuditCsv() {
	}

	static void prepare(HttpServletResponse response, AuditExport.Request request) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(request.fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
