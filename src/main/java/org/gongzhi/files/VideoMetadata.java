package org.gongzhi.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Checks that an MP4 or QuickTime upload is a well-formed sequence of boxes with a movie
 * header, and blanks its user-data and metadata boxes in place: phones write the place a
 * video was shot there ({@code ©xyz}, {@code com.apple.quicktime.location.ISO6709}).
 * Blanked boxes become {@code free} boxes of the same size, so no offset in the file
 * moves and players skip them. Only box headers are read.
 */
final class VideoMetadata {

	/** Boxes that hold metadata rather than media: user data, metadata, XMP. */
	private static final Set<String> METADATA = Set.of("udta", "meta", "uuid", "XMP_");

	/** Boxes whose children are searched for metadata. */
	private static final Set<String> CONTAINERS = Set.of("moov", "trak");

	private static final byte[] FREE = "free".getBytes(StandardCharsets.ISO_8859_1);

	private VideoMetadata() {
	}

	/**
	 * Strips the metadata of the video in place.
	 * @throws org.gongzhi.shared.problem.GongzhiException a 422 problem when the file is
	 * not a well-formed movie
	 */
	static void strip(Path file, String fileName) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			if (!walk(channel, 0, channel.size(), true)) {
				throw UploadProblems.unprocessable("files.upload.damaged", fileName);
			}
		}
	}

	/**
	 * Walks the boxes between two offsets, blanking metadata boxes.
	 * @return whether the boxes fill the range exactly (and, at the top, include a movie
	 * header)
	 */
	private static boolean walk(FileChannel channel, long start, long end, boolean top) throws IOException {
		boolean movie = false;
		long position = start;
		ByteBuffer header = ByteBuffer.allocate(16);
		while (position < end) {
			if (end - position < 8) {
				return false;
			}
			header.clear().limit(8);
			readFully(channel, header, position);
			long size = Integer.toUnsignedLong(header.getInt(0));
			String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
			int headerSize = 8;
			if (size == 1) {
				if (end - position < 16) {
					return false;
				}
				header.clear().limit(16);
				readFully(channel, header, position);
				size = header.getLong(8);
				headerSize = 16;
			}
			else if (size == 0 && top) {
				// the last box may run to the end of the file
				size = end - position;
			}
			if (size < headerSize || size > end - position) {
				return false;
			}
			if (METADATA.contains(type)) {
				blank(channel, position, headerSize, size);
			}
			else if (CONTAINERS.contains(type) && !walk(channel, position + headerSize, position + size, false)) {
				return false;
			}
			movie |= type.equals("moov");
			position += size;
		}
		return !top || movie;
	}

	private static void blank(FileChannel channel, long position, int headerSize, long size) throws IOException {
		writeFully(channel, ByteBuffer.wrap(FREE), position + 4);
		ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
		for (long at = position + headerSize; at < position + size; at += zeros.capacity()) {
			zeros.clear().limit((int) Math.min(zeros.capacity(), position + size - at));
			writeFully(channel, zeros, at);
		}
	}

	private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("unexpected end of file");
			}
		}
	}

	private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer, position + buffer.position());
		}
	}

}
