package org.gongzhi.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.gongzhi.shared.problem.GongzhiException;

/**
 * Re-encodes uploaded images: the new file holds pixels only, so EXIF with its GPS
 * position, camera serial and other metadata is gone; the EXIF orientation is applied
 * first so the photo stays upright. Images are scaled down to a sensible size and get a
 * thumbnail. The pixel count is checked from the header before anything is decoded, and
 * large images are decoded subsampled, so one upload cannot exhaust memory.
 */
class ImageProcessor {

	private static final float JPEG_QUALITY = 0.85f;

	private final FilesProperties properties;

	/** Decoding is memory- and CPU-heavy: at most one per core at a time. */
	private final Semaphore decoders = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	ImageProcessor(FilesProperties properties) {
		this.properties = properties;
		// the WebP and extended JPEG readers come from the class path
		ImageIO.scanForPlugins();
	}

	/**
	 * The image to store, re-encoded, and its thumbnail.
	 * @throws GongzhiException a 422 problem when the image is damaged or has too many
	 * pixels
	 */
	ProcessedImage process(Path file, FileType type, String fileName) throws IOException {
		try {
			this.decoders.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting to decode", ex);
		}
		try {
			Decoded decoded = decode(file, type, fileName);
			int orientation = (type == FileType.JPEG) ? ExifOrientation.of(file) : ExifOrientation.NORMAL;
			boolean alpha = decoded.image().getColorModel().hasAlpha() && type != FileType.JPEG;
			BufferedImage image = orient(fit(decoded.image(), this.properties.imageLongSide(), alpha), orientation,
					alpha);
			byte[] thumbnail = jpeg(fit(image, this.properties.thumbnailLongSide(), false));
			// an animated GIF would lose its frames and GIF carries no EXIF: kept as sent
			if (type == FileType.GIF) {
				return new ProcessedImage(null, FileType.GIF, decoded.width(), decoded.height(), thumbnail);
			}
			FileType stored = (type == FileType.PNG || alpha) ? FileType.PNG : FileType.JPEG;
			byte[] content = (stored == FileType.PNG) ? png(image) : jpeg(image);
			return new ProcessedImage(content, stored, image.getWidth(), image.getHeight(), thumbnail);
		}
		finally {
			this.decoders.release();
		}
	}

	private Decoded decode(Path file, FileType type, String fileName) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName(type));
			if (in == null || !readers.hasNext()) {
				throw UploadProblems.unsupported("files.rejected.unknown", fileName);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > this.properties.maxImagePixels()) {
					throw UploadProblems.unprocessable("files.upload.too-many-pixels", fileName, width, height,
							this.properties.maxImagePixels() / 1_000_000);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / this.properties.imageLongSide());
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				return new Decoded(reader.read(0, param), width, height);
			}
			catch (GongzhiException ex) {
				throw ex;
			}
			catch (IOException | RuntimeException ex) {
				// malformed images make the readers throw all sorts of exceptions
				throw UploadProblems.unprocessable("files.upload.damaged", fileName);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static String formatName(FileType type) {
		return switch (type) {
			case JPEG -> "jpeg";
			case PNG -> "png";
			case GIF -> "gif";
			case WEBP -> "webp";
			default -> throw new IllegalArgumentException("not an image: " + type);
		};
	}

	/**
	 * Scales to fit the long side, halving step by step for a smooth result; always
	 * returns a new image of a plain type the writers handle.
	 */
	static BufferedImage fit(BufferedImage source, int longSide, boolean alpha) {
		double factor = Math.min(1.0, (double) longSide / Math.max(source.getWidth(), source.getHeight()));
		int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * factor));
		BufferedImage current = source;
		int width = source.getWidth();
		int height = source.getHeight();
		do {
			width = Math.max(width / 2, targetWidth);
			height = Math.max(height / 2, targetHeight);
			current = draw(current, width, height, alpha, null);
		}
		while (width != targetWidth || height != targetHeight);
		return current;
	}

	/** Turns the image upright according to its EXIF orientation (1–8). */
	static BufferedImage orient(BufferedImage image, int orientation, boolean alpha) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> null;
		};
		if (transform == null) {
			return image;
		}
		boolean turned = orientation >= 5;
		return draw(image, turned ? h : w, turned ? w : h, alpha, transform);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha,
			AffineTransform transform) {
		BufferedImage target = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			if (!alpha) {
				// transparent parts become white rather than black in a JPEG
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (transform != null) {
				graphics.drawImage(source, transform, null);
			}
			else {
				graphics.drawImage(source, 0, 0, width, height, null);
			}
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", bytes)) {
			throw new IOException("no PNG writer");
		}
		return bytes.toByteArray();
	}

	/** A decoded image, maybe subsampled, and the size of the original. */
	private record Decoded(BufferedImage image, int width, int height) {
	}

	/**
	 * An image ready to store.
	 *
	 * @param content the re-encoded image, {@code null} to store the upload as it is
	 * @param type its type
	 * @param width its width after scaling and turning upright
	 * @param height its height
	 * @param thumbnail a JPEG preview
	 */
	record ProcessedImage(byte[] content, FileType type, int width, int height, byte[] thumbnail) {

	}

}
