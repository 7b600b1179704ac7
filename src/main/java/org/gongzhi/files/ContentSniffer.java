package org.gongzhi.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells the type of an upload from its content (magic bytes and structure), never from
 * its name or the type the client claims: a program or a web page renamed {@code .jpg} is
 * refused, with a reason the uploader understands.
 */
class ContentSniffer {

	private static final int HEAD = 64 * 1024;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
			(byte) 0xB1, 0x1A, (byte) 0xE1 };

	/** ISO media brands of still images (HEIC, HEIF, AVIF), which we cannot re-encode. */
	private static final Set<String> IMAGE_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm",
			"hevs", "mif1", "mif2", "msf1", "avif", "avis");

	private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ", "M4P ", "F4A ", "F4B ");

	/** Atoms that old QuickTime files without a {@code ftyp} box start with. */
	private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide");

	private static final String[] MARKUP = { "<html", "<!doctype", "<script", "<svg", "<iframe", "<body", "<?xml",
			"<object", "<embed", "<meta" };

	FileType sniff(Path file, String fileName) throws IOException {
		byte[] head = head(file);
		if (startsWith(head, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return FileType.JPEG;
		}
		if (startsWith(head, 0, PNG_SIGNATURE)) {
			return FileType.PNG;
		}
		if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
			return FileType.GIF;
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
			return FileType.WEBP;
		}
		if (ascii(head, 0, "%PDF-")) {
			return FileType.PDF;
		}
		if (ascii(head, 4, "ftyp")) {
			return isoMedia(head, fileName);
		}
		if (head.length >= 8 && QUICKTIME_ATOMS.contains(new String(head, 4, 4, StandardCharsets.ISO_8859_1))) {
			return FileType.QUICKTIME;
		}
		if (startsWith(head, 0, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
			return office(file, fileName);
		}
		if (startsWith(head, 0, OLE2_SIGNATURE)) {
			throw UploadProblems.unsupported("files.rejected.legacy-office", fileName);
		}
		if (isProgram(head)) {
			throw UploadProblems.unsupported("files.rejected.program", fileName);
		}
		return text(file, head, fileName);
	}

	private static FileType isoMedia(byte[] head, String fileName) {
		String major = (head.length >= 12) ? new String(head, 8, 4, StandardCharsets.ISO_8859_1) : "";
		if (IMAGE_BRANDS.contains(major)) {
			throw UploadProblems.unsupported("files.rejected.heic", fileName);
		}
		if (AUDIO_BRANDS.contains(major)) {
			throw UploadProblems.unsupported("files.rejected.unknown", fileName);
		}
		return "qt  ".equals(major) ? FileType.QUICKTIME : FileType.MP4;
	}

	/** DOCX and XLSX are zip files with the entries of their format; macros are not. */
	private static FileType office(Path file, String fileName) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			boolean macros = zip.stream()
				.anyMatch((entry) -> entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
			if (macros) {
				throw UploadProblems.unsupported("files.rejected.macro", fileName);
			}
			if (zip.getEntry("[Content_Types].xml") != null) {
				if (zip.getEntry("word/document.xml") != null) {
					return FileType.DOCX;
				}
				if (zip.getEntry("xl/workbook.xml") != null) {
					return FileType.XLSX;
				}
			}
			throw UploadProblems.unsupported("files.rejected.archive", fileName);
		}
		catch (ZipException ex) {
			throw UploadProblems.unprocessable("files.upload.damaged", fileName);
		}
	}

	private static boolean isProgram(byte[] head) {
		return ascii(head, 0, "MZ") || ascii(head, 0, "#!") || ascii(head, 0, "\u007FELF")
				|| startsWith(head, 0, (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE)
				|| startsWith(head, 0, (byte) 0xFE, (byte) 0xED, (byte) 0xFA)
				|| startsWith(head, 1, (byte) 0xFA, (byte) 0xED, (byte) 0xFE);
	}

	/**
	 * Plain text in UTF-8, or GB18030 as older Chinese editors save it, without control
	 * characters; anything that looks like HTML, SVG or XML is refused (it could run
	 * script if a browser ever rendered it).
	 */
	private static FileType text(Path file, byte[] head, String fileName) throws IOException {
		String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		String trimmed = start.replace("\u00EF\u00BB\u00BF", "").stripLeading();
		if (trimmed.startsWith("<") || containsAny(start, MARKUP)) {
			throw UploadProblems.unsupported("files.rejected.markup", fileName);
		}
		if (isText(file, StandardCharsets.UTF_8)) {
			return FileType.TEXT_UTF8;
		}
		if (isText(file, Charset.forName("GB18030"))) {
			return FileType.TEXT_GB18030;
		}
		throw UploadProblems.unsupported("files.rejected.unknown", fileName);
	}

	private static boolean isText(Path file, Charset charset) throws IOException {
		try (FileChannel channel = FileChannel.open(file);
				Reader reader = Channels.newReader(channel,
						charset.newDecoder()
							.onMalformedInput(CodingErrorAction.REPORT)
							.onUnmappableCharacter(CodingErrorAction.REPORT),
						-1)) {
			char[] buffer = new char[8192];
			for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
				for (int i = 0; i < read; i++) {
					char c = buffer[i];
					if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
						return false;
					}
				}
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean containsAny(String text, String[] needles) {
		for (String needle : needles) {
			if (text.contains(needle)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD);
		}
	}

	private static boolean ascii(byte[] bytes, int offset, String text) {
		if (bytes.length < offset + text.length()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (bytes[offset + i] != (byte) text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
