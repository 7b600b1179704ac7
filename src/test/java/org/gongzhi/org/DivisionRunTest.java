package org.gongzhi.org;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of names as UTF-8 before they go to PostgreSQL, which takes only valid text.
 */
class DivisionRunTest {

	@Test
	void validTextIsCountedInCharacters() {
		assertThat(characters("")).isZero();
		assertThat(characters("A区1组")).isEqualTo(4);
		assertThat(characters("阿·尔泰")).isEqualTo(4);
		assertThat(characters("𠀀村")).isEqualTo(2);
		assertThat(characters("\uD7FB\uE000\uFFFD")).isEqualTo(3);
	}

	@Test
	void invalidTextIsRejected() {
		// a NUL, a lone continuation byte, an overlong form, a truncated sequence, a
		// surrogate,
		// a code point past U+10FFFF
		for (int[] bytes : new int[][] { { 0x41, 0x00 }, { 0x80 }, { 0xc0, 0xaf }, { 0xe0, 0x80, 0xaf }, { 0xe6, 0x9d },
				{ 0xed, 0xa0, 0x80 }, { 0xf4, 0x90, 0x80, 0x80 }, { 0xf5, 0x80, 0x80, 0x80 } }) {
			byte[] text = new byte[bytes.length];
			for (int i = 0; i < bytes.length; i++) {
				text[i] = (byte) bytes[i];
			}
			assertThat(DivisionRun.characters(text, 0, text.length)).as(java.util.Arrays.toString(bytes)).isEqualTo(-1);
		}
	}

	private static int characters(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return DivisionRun.characters(bytes, 0, bytes.length);
	}

}
