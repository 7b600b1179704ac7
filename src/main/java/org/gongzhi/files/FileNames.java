package org.gongzhi.files;

import java.text.Normalizer;

/**
 * Cleans the name a client sent for a file: no path, no control or shell-special
 * characters, a sane length, and the extension of the type actually stored, so a download
 * is opened by the right program.
 */
final class FileNames {

	private static final int MAX_BASE_LENGTH = 100;

	private FileNames() {
	}

	/** The name as sent, cleaned, for messages before the type is known. */
	static String clean(String sent) {
		String name = (sent != null) ? sent : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>:*?|]", "_")
			.replaceAll("\\s+", " ")
			.strip();
		name = name.replaceFirst("^[.\\s]+", "");
		if (name.codePointCount(0, name.length()) > MAX_BASE_LENGTH + 10) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_BASE_LENGTH + 10));
		}
		return name.isEmpty() ? "file" : name;
	}

	/** The cleaned name with the extension of the stored type. */
	static String withExtension(String sent, FileType type) {
		String name = clean(sent);
		int dot = name.lastIndexOf('.');
		String base = (dot > 0 && name.length() - dot <= 10) ? name.substring(0, dot) : name;
		if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
			base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH));
		}
		return base.strip() + "." + type.extension();
	}

}
