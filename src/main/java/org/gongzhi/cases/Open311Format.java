package org.gongzhi.cases;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * The two formats of Open311, chosen by the suffix of the resource ({@code services.xml},
 * {@code requests.json}).
 */
enum Open311Format {

	JSON(MediaType.APPLICATION_JSON), XML(MediaType.TEXT_XML);

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	/** Content type of an answer, always UTF-8 as the spec requires. */
	MediaType contentType() {
		return new MediaType(this.mediaType, StandardCharsets.UTF_8);
	}

	/** The format a suffix names: {@code xml} or (anything else) JSON. */
	static Open311Format of(String suffix) {
		return "xml".equals(suffix) ? XML : JSON;
	}

	/** The format of a request path, for answers given before a handler ran. */
	static Open311Format ofPath(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
	}

}
