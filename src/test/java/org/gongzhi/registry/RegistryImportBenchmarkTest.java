package org.gongzhi.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long 50,000 persons take to import, and to import again (nothing changes), on the
 * database of the run. Only on demand ({@code -Dgongzhi.bench=true}); it prints the
 * figures and asserts what was imported, never a time.
 */
@EnabledIfSystemProperty(named = "gongzhi.bench", matches = "true")
class RegistryImportBenchmarkTest extends ApplicationTest {

	static final int PERSONS = Integer.getInteger("gongzhi.bench.persons", 50_000);

	@Test
	void fiftyThousandPersons() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		byte[] file = workbook(PERSONS);
		long start = System.nanoTime();
		JsonNode first = RegistryFilesContract.importAndWait(community, "persons", file, 3000);
		long firstMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(first.path("imported").asInt()).as(first.toString()).isEqualTo(PERSONS);
		start = System.nanoTime();
		JsonNode again = RegistryFilesContract.importAndWait(community, "persons", file, 3000);
		long againMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(again.path("unchanged").asInt()).isEqualTo(PERSONS);
		System.out.printf("BENCH registry import: %d persons (%d KB xlsx) imported in %d ms, imported again"
				+ " (nothing changed) in %d ms%n", PERSONS, file.length / 1024, firstMillis, againMillis);
	}

	/**
	 * Persons in households of 1-4 in the grids of 桔蔷社区, ID numbers of sequence 700-799.
	 */
	static byte[] workbook(int persons) throws IOException {
		List<String> headers = List.of("网格编码", "房屋地址", "户号", "姓名", "证件号码", "手机号码", "与户主关系", "民族");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("人口");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			int household = 0;
			int member = 0;
			for (int n = 0; n < persons; n++) {
				if (member == 0 || member >= 1 + household % 4) {
					household++;
					member = 0;
				}
				LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n % 29_000);
				String first17 = "210105" + birth.toString().replace("-", "") + (700 + n / 29_000);
				Row row = sheet.createRow(n + 1);
				row.createCell(0).setCellValue(RegistryFixture.COMMUNITY + String.format("%03d", 1 + household % 8));
				row.createCell(1).setCellValue("基准路 " + (household / 3) + " 号");
				row.createCell(2).setCellValue(Integer.toString(household % 3));
				row.createCell(3).setCellValue("基准" + n);
				row.createCell(4).setCellValue(first17 + IdNumbers.checkDigit(first17));
				row.createCell(5).setCellValue("138" + String.format("%08d", n));
				row.createCell(6).setCellValue((member == 0) ? "户主" : "子女");
				row.createCell(7).setCellValue("汉族");
				member++;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
