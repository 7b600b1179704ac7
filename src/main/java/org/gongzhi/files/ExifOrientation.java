package org.gongzhi.files;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation of a JPEG (how the camera was held), so a photo keeps its
 * upright look after re-encoding drops the EXIF block. Reads the segment headers only.
 */
final class ExifOrientation {

	/** Upright: nothing to turn. */
	static final int NORMAL = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/** The orientation 1–8 of the JPEG, {@link #NORMAL} when it has none. */
	static int of(Path jpeg) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)))) {
			return read(in);
		}
		catch (EOFException ex) {
			return NORMAL;
		}
	}

	private static int read(DataInputStream in) throws IOException {
		if (in.readUnsignedShort() != 0xFFD8) {
			return NORMAL;
		}
		while (true) {
			int marker = in.readUnsignedShort();
			// start of scan or end of image: the metadata segments are all before
			if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
				return NORMAL;
			}
			int length = in.readUnsignedShort() - 2;
			if (length < 0) {
				return NORMAL;
			}
			if (marker == 0xFFE1 && length > 14) {
				byte[] segment = in.readNBytes(length);
				int orientation = fromExif(segment);
				if (orientation != 0) {
					return orientation;
				}
			}
			else {
				in.skipNBytes(length);
			}
		}
	}

	/** The orientation in an APP1 segment, 0 when it is not EXIF or has none. */
	static int fromExif(byte[] segment) {
		if (!new String(segment, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
			return 0;
		}
		ByteBuffer tiff = ByteBuffer.wrap(segment, 6, segment.length - 6).slice();
		try {
			tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int ifd = tiff.getInt(4);
			int entries = Short.toUnsignedInt(tiff.getShort(ifd));
			for (int i = 0; i < entries; i++) {
				int entry = ifd + 2 + i * 12;
				if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
					int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
					return (value >= 1 && value <= 8) ? value : 0;
				}
			}
		}
		catch (IndexOutOfBoundsException ex) {
			// a damaged EXIF block: keep the picture as stored
		}
		return 0;
	}

}
