package org.gongzhi.org;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class DivisionImportBrowserTest extends BrowserTest {

	@TempDir
	Path dir;

	@Test
	void anAdministratorUploadsTheFilesAndWatchesTheImportFinish() throws Exception {
		Path[] files = { write("provinces.csv", "code,name", "96,\"六省\""),
				write("cities.csv", "code,name,provinceCode", "9601,\"一市\",96"),
				write("areas.csv", "code,name,cityCode,provinceCode", "960101,\"甲区\",9601,96"),
				write("streets.csv", "code,name,areaCode,provinceCode,cityCode", "960101001,\"甲街道\",960101,96,9601"),
				write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
						"960101001001,\"甲社区\",960101001,96,9601,960101",
						"96010100100,\"坏行\",960101001,96,9601,960101") };
		loginAs(DemoUser.ADMIN);
		open("/org/import");
		this.page.setInputFiles("#import-files", files);
		this.page.getByTestId("import-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("import-summary")).containsText("新增 5");
		assertThat(this.page.getByTestId("bad-rows")).containsText("villages.csv");
		assertThat(this.page.getByTestId("bad-rows")).containsText("3");
	}

	@Test
	void aWronglyNamedFileIsRejectedNextToTheField() throws Exception {
		loginAs(DemoUser.ADMIN);
		open("/org/import");
		this.page.setInputFiles("#import-files", write("people.csv", "code,name"));
		this.page.getByTestId("import-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("field-error")).containsText("people.csv");
	}

	private Path write(String name, String... lines) throws Exception {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\n", lines) + "\n");
		return file;
	}

}
