package org.gongzhi.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's Excel files: a template per entity, an import that checks every row,
 * reports the bad ones by row and column in a downloadable file, imports the good ones
 * and changes nothing when the same file comes again, resumes an interrupted import, and
 * exports that are minimized, masked, watermarked, scoped and audited.
 */
abstract class RegistryFilesContract extends ApplicationTest {

	static final String OTHER_GRID = RegistryFixture.COMMUNITY + "002";

	@Autowired
	private PersonalDataVault vault;

	@Autowired
	private AuditLog audit;

	@Test
	void anImportReportsBadRowsByColumnImportsTheRestAndChangesNothingTheSecondTime() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String address = "桔蔷路导入 " + RegistryFixture.newIdNumber().substring(8, 14) + " 号";
		String head = RegistryFixture.newIdNumber();
		String spouse = RegistryFixture.newIdNumber();
		String lodger = RegistryFixture.newIdNumber();
		String mistyped = RegistryFixture.newIdNumber();
		String wrongCheck = mistyped.substring(0, 17) + ((mistyped.charAt(17) == '1') ? '2' : '1');
		byte[] file = personsFile(community,
				List.of(row(RegistryFixture.GRID, address, "1", "张导入", head, RegistryFixture.newPhone(), "户主"),
						row(RegistryFixture.GRID, address, "1", "李导入", spouse, "", "配偶"),
						row(RegistryFixture.GRID, address, "2", "王租客", lodger, "", "HEAD"),
						row(RegistryFixture.GRID, address, "3", "赵有错", wrongCheck, "12345", "户主"),
						row("110101001001001", address, "4", "钱越界", RegistryFixture.newIdNumber(), "", "户主")));

		JsonNode first = importAndWait(community, "persons", file);
		assertThat(first.path("status").asString()).isEqualTo("DONE");
		assertThat(first.path("done").asInt()).isEqualTo(5);
		assertThat(first.path("imported").asInt()).isEqualTo(3);
		assertThat(first.path("errors").asInt()).isEqualTo(2);
		assertThat(first.path("hasErrorFile").asBoolean()).isTrue();
		// head and spouse share a household, the lodger has his own, all three in one
		// house
		List<Long> households = householdsOf(head, spouse, lodger);
		assertThat(households.get(0)).isEqualTo(households.get(1)).isNotEqualTo(households.get(2));
		assertThat(this.jdbc.sql("select count(distinct house_id) from registry_household where id in (?, ?)")
			.params(households.get(0), households.get(2))
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("select head_person_id from registry_household where id = ?")
			.param(households.get(0))
			.query(Long.class)
			.single()).isEqualTo(personId(head));
		String stored = this.jdbc.sql("select id_number from registry_person where id = ?")
			.param(personId(head))
			.query(String.class)
			.single();
		assertThat(stored).startsWith("demo1:").doesNotContain(head);

		// the error file names row and column of each problem, keeps the rows as uploaded
		HttpResponse<byte[]> errors = community
			.getBytes("/api/registry/imports/" + first.path("id").asLong() + "/errors");
		assertThat(errors.statusCode()).isEqualTo(200);
		List<List<String>> errorRows = rows(errors.body());
		assertThat(errorRows).hasSize(3);
		String problems = String.join("|", errorRows.get(1)) + "||" + String.join("|", errorRows.get(2));
		assertThat(problems).contains(wrongCheck)
			.contains("证件号码：身份证号码校验位不正确")
			.contains("手机号码：手机号码应为 11 位")
			.contains("网格编码：网格编码不存在或不在您的管辖范围内");
		assertThat(errorRows.get(1)).contains("5");
		assertThat(this.audit.latest("REGISTRY_IMPORT_ERRORS_DOWNLOADED", "community", 5)).isNotEmpty();

		// the same file again changes nothing
		long personsBefore = countPersonsAt(address);
		long householdsBefore = countHouseholdsAt(address);
		JsonNode again = importAndWait(community, "persons", file);
		assertThat(again.path("imported").asInt()).isZero();
		assertThat(again.path("unchanged").asInt()).isEqualTo(3);
		assertThat(again.path("errors").asInt()).isEqualTo(2);
		assertThat(countPersonsAt(address)).isEqualTo(personsBefore).isEqualTo(3);
		assertThat(countHouseholdsAt(address)).isEqualTo(householdsBefore).isEqualTo(2);

		// the corrected error file imports the fixed row; the row outside the scope stays
		byte[] corrected = corrected(errors.body(), wrongCheck, mistyped, "12345", RegistryFixture.newPhone());
		JsonNode fixed = importAndWait(community, "persons", corrected);
		assertThat(fixed.path("imported").asInt())
			.as(rows(community.getBytes("/api/registry/imports/" + fixed.path("id").asLong() + "/errors").body())
				.toString())
			.isEqualTo(1);
		assertThat(fixed.path("errors").asInt()).isEqualTo(1);
		assertThat(personId(mistyped)).isNotNull();
		assertThat(this.audit.latest("REGISTRY_IMPORTED", "community", 10)).isNotEmpty();
	}

	@Test
	void anInterruptedImportResumesAfterItsLastCommittedRow() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String address = "桔蔷路续传 " + RegistryFixture.newIdNumber().substring(8, 14) + " 号";
		String a = RegistryFixture.newIdNumber();
		String b = RegistryFixture.newIdNumber();
		String c = RegistryFixture.newIdNumber();
		byte[] file = personsFile(community,
				List.of(row(RegistryFixture.GRID, address, "1", "甲", a, "", "户主"),
						row(RegistryFixture.GRID, address, "2", "乙", b, "", "户主"),
						row(RegistryFixture.GRID, address, "3", "丙", c, "", "户主")));
		// a node stopped after committing the batch that ended with row 3 (the second
		// person)
		String hash = sha256(file);
		this.jdbc
			.sql("insert into registry_import (entity, file_hash, file_name, username, status, total_rows, done_rows,"
					+ " committed_rows, imported, unchanged, error_rows, started_at, updated_at)"
					+ " values ('PERSONS', ?, 'x.xlsx', 'community', 'FAILED', 3, 2, 3, 2, 0, 0, ?, ?)")
			.params(hash, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.update();
		JsonNode resumed = importAndWait(community, "persons", file);
		assertThat(resumed.path("imported").asInt()).isEqualTo(3);
		assertThat(personId(c)).isNotNull();
		// the rows before the committed one were not written again
		assertThat(personId(a)).isNull();
		assertThat(personId(b)).isNull();
	}

	@Test
	void placesAndOrganizationsAreImportedOnceWithTheirChecks() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		String suffix = RegistryFixture.newIdNumber().substring(10, 16);
		byte[] places = file(community, "places",
				List.of(List.of(RegistryFixture.GRID, "网吧" + suffix, "网吧", "桔蔷路 1 号", "", "", "周老板",
						RegistryFixture.newPhone(), "中"),
						List.of(RegistryFixture.GRID, "加油站" + suffix, "油站", "", "", "", "", "", "高")));
		JsonNode placeJob = importAndWait(community, "places", places);
		assertThat(placeJob.path("imported").asInt()).isEqualTo(1);
		assertThat(placeJob.path("errors").asInt()).isEqualTo(1);
		assertThat(importAndWait(community, "places", places).path("unchanged").asInt()).isEqualTo(1);

		String code = creditCode(suffix);
		char wrong = (code.charAt(17) == '0') ? '1' : '0';
		byte[] organizations = file(community, "organizations", List.of(
				List.of(RegistryFixture.GRID, "物业" + suffix, "物业公司", code, "", "", "", "", ""),
				List.of(RegistryFixture.GRID, "错码" + suffix, "企业", code.substring(0, 17) + wrong, "", "", "", "", "")));
		JsonNode organizationJob = importAndWait(community, "organizations", organizations);
		assertThat(organizationJob.path("imported").asInt()).isEqualTo(1);
		assertThat(organizationJob.path("errors").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from registry_organization where credit_code = ?")
			.param(code)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void anExportHoldsOnlyTheChosenColumnsMaskedWatermarkedScopedAndAudited() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		RegistryFixture fixture = new RegistryFixture(community);
		String id = RegistryFixture.newIdNumber();
		String phone = RegistryFixture.newPhone();
		String name = "导出" + id.substring(12, 16);
		fixture.person(fixture.household(), name, id, phone);

		HttpResponse<byte[]> export = community
			.getBytes("/api/registry/exports/persons?columns=name&columns=idNumber&columns=phone&org="
					+ RegistryFixture.GRID);
		assertThat(export.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("community").contains("导出人");
			assertThat(sheet.getHeader().getCenter()).contains("community");
			assertThat(sheet.getFooter().getCenter()).contains("community");
			assertThat(cells(sheet.getRow(1))).containsExactly("姓名", "证件号码", "手机号码");
			List<String> ours = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 1) {
					assertThat(row.getLastCellNum()).isEqualTo((short) 3);
					if (name.equals(row.getCell(0).getStringCellValue())) {
						ours = cells(row);
					}
				}
			}
			assertThat(ours).containsExactly(name, Masking.idNumber(id), Masking.phone(phone));
		}
		assertThat(new String(export.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(id);
		List<AuditEntry> audited = this.audit.latest("REGISTRY_EXPORTED", "community", 5);
		assertThat(audited).isNotEmpty();
		assertThat(audited.get(0).detail()).contains("columns=name,idNumber,phone");

		// the worker of another grid does not get this grid's persons, nor may he name it
		TestHttp other = http().loginAs("grid2", DemoUser.password());
		HttpResponse<byte[]> theirs = other.getBytes("/api/registry/exports/persons?columns=name");
		assertThat(theirs.statusCode()).isEqualTo(200);
		assertThat(rows(theirs.body()).stream().flatMap(List::stream)).doesNotContain(name);
		assertThat(
				other.getBytes("/api/registry/exports/persons?columns=name&org=" + RegistryFixture.GRID).statusCode())
			.isEqualTo(404);
		// unknown columns are refused, nothing is exported without a choice
		assertThat(community.get("/api/registry/exports/persons?columns=password").status()).isEqualTo(400);
		assertThat(community.get("/api/registry/exports/persons").status()).isEqualTo(400);
		assertThat(http().loginAs(DemoUser.ADMIN).get("/api/registry/exports/persons?columns=name").status())
			.isEqualTo(403);
	}

	@Test
	void theTemplateSpeaksTheCallersLanguage() throws IOException {
		TestHttp community = http().loginAs(DemoUser.COMMUNITY_WORKER);
		List<List<String>> zh = rows(community.getBytes("/api/registry/templates/persons").body());
		assertThat(zh.get(0)).contains("网格编码 *", "证件号码 *", "户号", "与户主关系");
		List<List<String>> en = rows(
				community.getBytes("/api/registry/templates/organizations", "Accept-Language", "en").body());
		assertThat(en.get(0)).contains("Grid code *", "Unified social credit code");
	}

	// ---- helpers

	static List<String> row(String grid, String address, String household, String name, String id, String phone,
			String relation) {
		List<String> row = new ArrayList<>(List.of(grid, "", address, "", "", "", "", "", "", household, name, "", "",
				"", id, phone, "", "汉族", "", "", relation, ""));
		return row;
	}

	private byte[] personsFile(TestHttp http, List<List<String>> rows) throws IOException {
		return file(http, "persons", rows);
	}

	/** The downloaded template with the rows filled in, as a person would. */
	static byte[] file(TestHttp http, String entity, List<List<String>> rows) throws IOException {
		HttpResponse<byte[]> template = http.getBytes("/api/registry/templates/" + entity);
		assertThat(template.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			int index = 1;
			for (List<String> values : rows) {
				Row row = sheet.createRow(index++);
				for (int i = 0; i < values.size(); i++) {
					if (!values.get(i).isEmpty()) {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] corrected(byte[] errorFile, String... replacements) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errorFile))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					for (int i = 0; i < replacements.length; i += 2) {
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
								&& replacements[i].equals(cell.getStringCellValue())) {
							cell.setCellValue(replacements[i + 1]);
						}
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static JsonNode importAndWait(TestHttp http, String entity, byte[] file) {
		return importAndWait(http, entity, file, 60);
	}

	static JsonNode importAndWait(TestHttp http, String entity, byte[] file, int seconds) {
		TestHttp.Response started = http.postFiles("/api/registry/imports?entity=" + entity,
				List.of(new TestHttp.FilePart("import.xlsx", RegistryExports.MEDIA_TYPE, file)));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long id = started.json().path("id").asLong();
		for (int i = 0; i < seconds * 10; i++) {
			JsonNode job = http.get("/api/registry/imports/" + id).json();
			if (!"RUNNING".equals(job.path("status").asString())) {
				return job;
			}
			sleep(100);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	static List<List<String>> rows(byte[] workbookBytes) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				rows.add(cells(row));
			}
		}
		return rows;
	}

	static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			cells.add((row.getCell(i) != null) ? format.formatCellValue(row.getCell(i)) : "");
		}
		return cells;
	}

	private Long personId(String idNumber) {
		return this.jdbc.sql("select id from registry_person where id_number_hash = ?")
			.param(this.vault.searchHash("id:RESIDENT_ID", idNumber))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private List<Long> householdsOf(String... idNumbers) {
		List<Long> households = new ArrayList<>();
		for (String idNumber : idNumbers) {
			households.add(this.jdbc.sql("select household_id from registry_person where id_number_hash = ?")
				.param(this.vault.searchHash("id:RESIDENT_ID", idNumber))
				.query(Long.class)
				.single());
		}
		return households;
	}

	private long countPersonsAt(String address) {
		return this.jdbc
			.sql("select count(*) from registry_person p join registry_household hh on hh.id = p.household_id"
					+ " join registry_house h on h.id = hh.house_id where h.address = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

	private long countHouseholdsAt(String address) {
		return this.jdbc
			.sql("select count(*) from registry_household hh join registry_house h on h.id = hh.house_id"
					+ " where h.address = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

	static String creditCode(String suffix) {
		String first17 = "91210105MA"
				+ String.format("%07d", Integer.parseInt(suffix.replaceAll("\\D", "0")) % 10_000_000);
		return first17 + SocialCreditCodes.checkCharacter(first17);
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
