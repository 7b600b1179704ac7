package org.gongzhi.files;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.http.HttpStatus;

/** The ways an upload is refused, each a problem the uploader can act on. */
final class UploadProblems {

	private UploadProblems() {
	}

	/** A type we do not store, e.g. a program or a web page named like a photo. */
	static GongzhiException unsupported(String messageKey, String fileName) {
		return new GongzhiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", messageKey, fileName);
	}

	/** A supported type whose content cannot be used: empty, damaged, too many pixels. */
	static GongzhiException unprocessable(String messageKey, Object... arguments) {
		return new GongzhiException(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-file", messageKey, arguments);
	}

	/** Over the size limit of its kind. */
	static GongzhiException tooLarge(FileKind kind, String fileName, long limitBytes) {
		return new GongzhiException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
				"files.upload.too-large." + kind.name().toLowerCase(java.util.Locale.ROOT), fileName,
				limitBytes / (1024 * 1024));
	}

}
