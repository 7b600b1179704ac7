package org.gongzhi.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@Test
	void aPathIsCutToItsLastPart() {
		assertThat(FileNames.clean("C:\\Users\\张三\\Desktop\\井盖.jpg")).isEqualTo("井盖.jpg");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void controlAndDirectionCharactersCannotDisguiseTheName() {
		// U+202E would show "photo\u202Egpj.exe" as "photoexe.jpg"
		assertThat(FileNames.clean("photo\u202Egpj.exe")).isEqualTo("photo_gpj.exe");
		assertThat(FileNames.clean("a\"b<c>\r\nd.txt")).isEqualTo("a_b_c___d.txt");
	}

	@Test
	void theExtensionIsThatOfTheStoredType() {
		assertThat(FileNames.withExtension("photo.webp", FileType.JPEG)).isEqualTo("photo.jpg");
		assertThat(FileNames.withExtension("通报", FileType.PDF)).isEqualTo("通报.pdf");
		assertThat(FileNames.withExtension(".hidden", FileType.PNG)).isEqualTo("hidden.png");
		assertThat(FileNames.withExtension(null, FileType.PDF)).isEqualTo("file.pdf");
		assertThat(FileNames.withExtension("现".repeat(300) + ".jpg", FileType.JPEG)).hasSize(104);
	}

}
