package org.gongzhi.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Real files made in memory for the upload tests: a phone photo with EXIF GPS, a PNG with
 * transparency, a movie with a recorded location, office documents, and the things that
 * must be refused.
 */
final class SampleFiles {

	/**
	 * Written into the EXIF of {@link #photoWithGps}: must never reach the stored file.
	 */
	static final String EXIF_MARKER = "GPS-SECRET-MARKER";

	/** Written into the user data of {@link #movieWithLocation}, as phones record it. */
	static final String VIDEO_LOCATION = "+41.8123+123.4321/";

	private SampleFiles() {
	}

	/**
	 * A JPEG whose top half is red and bottom half blue, with an EXIF block holding an
	 * orientation, a description and a GPS position (沈阳).
	 */
	static byte[] photoWithGps(int width, int height, int orientation) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width, height / 2);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, height / 2, width, height - height / 2);
		graphics.dispose();
		byte[] jpeg = encode(image, "jpg");
		byte[] exif = exifSegment(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A PNG with a transparent background and a green square. */
	static byte[] transparentPng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.GREEN);
		graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return encode(image, "png");
	}

	/** A 1×1 lossy WebP, as browsers probe for WebP support. */
	static byte[] webp() {
		return java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
	}

	/** A small GIF. */
	static byte[] gif(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return encode(image, "gif");
	}

	/** A PNG header claiming far more pixels than allowed, with no real image data. */
	static byte[] pixelBomb(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		pngChunk(out, "IHDR", ihdr.array());
		pngChunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		pngChunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A small MP4: {@code ftyp}, a {@code moov} with a track and a location in its user
	 * data, and a {@code mdat} of 4000 counted bytes.
	 */
	static byte[] movieWithLocation() {
		byte[] ftyp = box("ftyp", ascii("isom"), new byte[] { 0, 0, 2, 0 }, ascii("isomiso2mp41"));
		byte[] mvhd = box("mvhd", new byte[100]);
		byte[] trak = box("trak", box("tkhd", new byte[84]), box("udta", box("name", ascii("track"))));
		byte[] location = box("\u00A9xyz", new byte[] { 0, 18, 0x15, (byte) 0xC7 }, ascii(VIDEO_LOCATION));
		byte[] moov = box("moov", mvhd, trak, box("udta", location));
		byte[] media = new byte[4000];
		for (int i = 0; i < media.length; i++) {
			media[i] = (byte) i;
		}
		return concat(ftyp, moov, box("mdat", media));
	}

	/** The start of an MP4 whose second box claims more bytes than there are. */
	static byte[] truncatedMovie() {
		byte[] ftyp = box("ftyp", ascii("isom"), new byte[4], ascii("isom"));
		byte[] moov = box("moov", box("mvhd", new byte[100]));
		return concat(ftyp, ByteBuffer.allocate(8).putInt(100_000).put(ascii("mdat")).array(),
				java.util.Arrays.copyOf(moov, 40));
	}

	/** The start of a HEIC photo as an iPhone writes it. */
	static byte[] heic() {
		return concat(box("ftyp", ascii("heic"), new byte[4], ascii("mif1heic")), box("meta", new byte[64]));
	}

	static byte[] pdf() {
		return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels");
	}

	static byte[] xlsm() {
		return zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin");
	}

	static byte[] plainZip() {
		return zip("photos/1.jpg", "photos/2.jpg");
	}

	/** A Windows program: the MZ header and a DOS stub. */
	static byte[] program() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		System.arraycopy(ascii("This program cannot be run in DOS mode."), 0, exe, 78, 39);
		return exe;
	}

	static byte[] webPage() {
		return ascii("<!DOCTYPE html><html><body><script>fetch('/api/me')</script></body></html>");
	}

	static byte[] svg() {
		return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\"/></svg>");
	}

	/** An old binary Word document (OLE2 compound file). */
	static byte[] legacyWord() {
		byte[] doc = new byte[1024];
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, doc, 0, signature.length);
		return doc;
	}

	static byte[] text(String text, Charset charset) {
		return text.getBytes(charset);
	}

	/** Any file type's magic bytes followed by zeros up to the size. */
	static byte[] padded(byte[] start, int size) {
		return java.util.Arrays.copyOf(start, size);
	}

	static byte[] jpegStart() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };
	}

	private static byte[] exifSegment(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(170);
		tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
		// IFD0 at 8: description, orientation, pointer to the GPS IFD
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(EXIF_MARKER.length() + 1).putInt(50);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(68);
		tiff.putInt(0);
		tiff.position(50);
		tiff.put(ascii(EXIF_MARKER)).put((byte) 0);
		// GPS IFD at 68: N 41°48'30", E 123°25'12.34"
		tiff.position(68);
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N")).put(new byte[3]);
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(122);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(ascii("E")).put(new byte[3]);
		tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(146);
		tiff.putInt(0);
		tiff.position(122);
		tiff.putInt(41).putInt(1).putInt(48).putInt(1).putInt(3000).putInt(100);
		tiff.putInt(123).putInt(1).putInt(25).putInt(1).putInt(1234).putInt(100);
		byte[] payload = concat(ascii("Exif\0\0"), tiff.array());
		return concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8),
				(byte) (payload.length + 2) }, payload);
	}

	private static byte[] zip(String... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				ZipEntry zipEntry = new ZipEntry(entry);
				// a fixed time, so that two copies of a sample are the same bytes
				zipEntry.setTime(0);
				zip.putNextEntry(zipEntry);
				zip.write(ascii("<?xml version=\"1.0\"?><x/>"));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(ascii(type));
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(ascii(type));
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] box(String type, byte[]... contents) {
		byte[] content = concat(contents);
		return concat(ByteBuffer.allocate(4).putInt(content.length + 8).array(),
				type.getBytes(StandardCharsets.ISO_8859_1), content);
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
