package org.gongzhi.files;

/**
 * The file types accepted, as recognised from the content. Only these are ever stored or
 * served, each with its own fixed media type.
 */
enum FileType {

	JPEG(FileKind.IMAGE, "image/jpeg", "jpg"),

	PNG(FileKind.IMAGE, "image/png", "png"),

	GIF(FileKind.IMAGE, "image/gif", "gif"),

	WEBP(FileKind.IMAGE, "image/webp", "webp"),

	MP4(FileKind.VIDEO, "video/mp4", "mp4"),

	QUICKTIME(FileKind.VIDEO, "video/quicktime", "mov"),

	PDF(FileKind.DOCUMENT, "application/pdf", "pdf"),

	DOCX(FileKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX(FileKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	TEXT_UTF8(FileKind.DOCUMENT, "text/plain;charset=UTF-8", "txt"),

	/** Text saved by older Chinese Windows editors. */
	TEXT_GB18030(FileKind.DOCUMENT, "text/plain;charset=GB18030", "txt");

	private final FileKind kind;

	private final String mediaType;

	private final String extension;

	FileType(FileKind kind, String mediaType, String extension) {
		this.kind = kind;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	FileKind kind() {
		return this.kind;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	/** Shown in the browser rather than downloaded: images, video and PDF. */
	boolean inline() {
		return this.kind != FileKind.DOCUMENT || this == PDF;
	}

	static FileType ofMediaType(String mediaType) {
		for (FileType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalArgumentException("not a stored media type: " + mediaType);
	}

}
