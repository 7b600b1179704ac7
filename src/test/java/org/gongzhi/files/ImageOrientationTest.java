package org.gongzhi.files;

import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every EXIF orientation turns the stored pixels the way the EXIF specification says the
 * camera meant them to be seen.
 */
class ImageOrientationTest {

	private static final int W = 3;

	private static final int H = 2;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void eachOrientationShowsThePixelsWhereTheCameraMeantThem(int orientation) {
		BufferedImage stored = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < W; x++) {
			for (int y = 0; y < H; y++) {
				stored.setRGB(x, y, colour(x, y));
			}
		}
		BufferedImage shown = ImageProcessor.orient(stored, orientation, false);
		boolean turned = orientation >= 5;
		assertThat(shown.getWidth()).isEqualTo(turned ? H : W);
		assertThat(shown.getHeight()).isEqualTo(turned ? W : H);
		for (int x = 0; x < W; x++) {
			for (int y = 0; y < H; y++) {
				int[] at = shownAt(orientation, x, y);
				assertThat(shown.getRGB(at[0], at[1]) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(colour(x, y));
			}
		}
	}

	/** Where the stored pixel x,y is shown, per the EXIF 2.32 orientation table. */
	private static int[] shownAt(int orientation, int x, int y) {
		return switch (orientation) {
			case 1 -> new int[] { x, y };
			case 2 -> new int[] { W - 1 - x, y };
			case 3 -> new int[] { W - 1 - x, H - 1 - y };
			case 4 -> new int[] { x, H - 1 - y };
			case 5 -> new int[] { y, x };
			case 6 -> new int[] { H - 1 - y, x };
			case 7 -> new int[] { H - 1 - y, W - 1 - x };
			case 8 -> new int[] { y, W - 1 - x };
			default -> throw new IllegalArgumentException();
		};
	}

	private static int colour(int x, int y) {
		return (x * 80) << 16 | (y * 120) << 8 | 0x40;
	}

}
