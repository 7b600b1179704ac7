package org.gongzhi.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NBS division importer on a small made-up province (each test its own code, as the
 * database is shared by the tests of one run).
 */
abstract class DivisionImportContract extends ApplicationTest {

	@Autowired
	private DivisionImporter importer;

	@TempDir
	private Path dir;

	@Test
	void importsEveryLevelAndASecondRunChangesNothing() throws IOException {
		writeProvince("91", "一省");
		ImportSummary first = this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE);
		assertThat(first.added()).isEqualTo(8);
		assertThat(first.badRows()).isEmpty();
		assertThat(units("91")).isEqualTo(8);
		assertThat(this.jdbc.sql("select path from org_unit where code = '910101001001'").query(String.class).single())
			.isEqualTo("/91/9101/910101/910101001/910101001001/");

		ImportSummary second = this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE);
		assertThat(second.added()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(8);
		assertThat(units("91")).isEqualTo(8);
	}

	@Test
	void aNewerEditionRenamesAndAddsWithoutDuplicating() throws IOException {
		writeProvince("92", "二省");
		this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE);
		write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
				"920101001001,\"新名社区\",920101001,92,9201,920101", "920101001002,\"乙社区\",920101001,92,9201,920101",
				"920101001003,\"新建社区\",920101001,92,9201,920101");
		ImportSummary newer = this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE);
		assertThat(newer.added()).isEqualTo(1);
		assertThat(newer.updated()).isEqualTo(1);
		assertThat(units("92")).isEqualTo(9);
		assertThat(this.jdbc.sql("select name from org_unit where code = '920101001001'").query(String.class).single())
			.isEqualTo("新名社区");
	}

	@Test
	void badRowsAreReportedWithTheirLineNumbersAndTheRestIsImported() throws IOException {
		writeProvince("93", "三省");
		write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
				"930101001001,\"甲社区\",930101001,93,9301,930101", "93010100100,\"短编码\",930101001,93,9301,930101",
				"930101009001,\"孤儿社区\",930101009,93,9301,930101", "930101001004,\"引号没闭合,930101001,93,9301,930101",
				"930101001005,\"戊社区\",930101001,93,9301,930101");
		ImportSummary summary = this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE);
		assertThat(summary.badRows()).extracting(ImportSummary.BadRow::line, ImportSummary.BadRow::reasonKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "org.import.bad.code"),
					org.assertj.core.groups.Tuple.tuple(4L, "org.import.bad.parent"),
					org.assertj.core.groups.Tuple.tuple(5L, "org.import.bad.quoting"));
		assertThat(summary.badRows()).allSatisfy((bad) -> assertThat(bad.file()).isEqualTo("villages.csv.gz"));
		assertThat(units("9301010010")).isEqualTo(2);
	}

	@Test
	void namesTheTableCannotHoldAndRepeatedCodesAreBadRowsInAFileWithCrlfLineBreaks() throws IOException {
		writeProvince("97", "七省");
		String tail = ",970101001,97,9701,970101\r\n";
		ByteArrayOutputStream villages = new ByteArrayOutputStream();
		villages.writeBytes("code,name,streetCode,provinceCode,cityCode,areaCode\r\n".getBytes(StandardCharsets.UTF_8));
		villages.writeBytes(("970101001001,\"甲社区\"" + tail).getBytes(StandardCharsets.UTF_8));
		villages.writeBytes("970101001002,\"".getBytes(StandardCharsets.UTF_8));
		villages.writeBytes(new byte[] { (byte) 0xe4, (byte) 0xb9 });
		villages.writeBytes(("\"" + tail).getBytes(StandardCharsets.UTF_8));
		villages.writeBytes(("970101001003,\"" + "长".repeat(101) + "\"" + tail).getBytes(StandardCharsets.UTF_8));
		villages.writeBytes(("970101001001,\"甲社区\"" + tail).getBytes(StandardCharsets.UTF_8));
		villages.writeBytes(("970101001005,\"戊\"\"社区\"" + tail).getBytes(StandardCharsets.UTF_8));
		write("villages.csv", villages.toByteArray());

		ImportSummary summary = this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE);

		assertThat(summary.badRows()).extracting(ImportSummary.BadRow::line, ImportSummary.BadRow::reasonKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "org.import.bad.encoding"),
					org.assertj.core.groups.Tuple.tuple(4L, "org.import.bad.long-name"),
					org.assertj.core.groups.Tuple.tuple(5L, "org.import.bad.duplicate"));
		assertThat(units("97010100100")).isEqualTo(2);
		assertThat(this.jdbc.sql("select name from org_unit where code = '970101001005'").query(String.class).single())
			.isEqualTo("戊\"社区");
	}

	@Test
	void aSubtreeImportBringsTheRootItsAncestorsAndItsDescendantsOnly() throws IOException {
		writeProvince("94", "四省");
		ImportSummary summary = this.importer.importFrom(this.dir.toString(), "940101", ImportProgress.NONE);
		assertThat(summary.badRows()).isEmpty();
		assertThat(this.jdbc.sql("select code from org_unit where code like '94%' order by code")
			.query(String.class)
			.list()).containsExactly("94", "9401", "940101", "940101001", "940101001001", "940101001002");
	}

	@Test
	void progressIsReportedUpToTheTotal() throws IOException {
		writeProvince("95", "五省");
		List<long[]> updates = new java.util.ArrayList<>();
		this.importer.importFrom(this.dir.toString(), null,
				(file, done, total, rate) -> updates.add(new long[] { done, total }));
		assertThat(updates).isNotEmpty();
		assertThat(updates.get(updates.size() - 1)).containsExactly(8, 8);
	}

	@Test
	void aMissingFileIsAClearError() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.importer.importFrom(this.dir.toString(), null, ImportProgress.NONE))
			.isInstanceOf(org.gongzhi.shared.problem.InvalidInputException.class)
			.hasMessage("org.import.missing-file");
	}

	private long units(String prefix) {
		return this.jdbc.sql("select count(*) from org_unit where code like ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * A province with one city, two districts (one without streets), a street and two
	 * communities.
	 */
	private void writeProvince(String p, String name) throws IOException {
		write("provinces.csv", "code,name", p + ",\"" + name + "\"");
		writePlain("cities.csv", "code,name,provinceCode", p + "01,\"一市\"," + p);
		write("areas.csv", "code,name,cityCode,provinceCode", p + "0101,\"甲区\"," + p + "01," + p,
				p + "0102,\"乙区\"," + p + "01," + p);
		write("streets.csv", "code,name,areaCode,provinceCode,cityCode",
				p + "0101001,\"甲街道\"," + p + "0101," + p + "," + p + "01",
				p + "0102001,\"乙街道\"," + p + "0102," + p + "," + p + "01");
		write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
				p + "0101001001,\"甲社区\"," + p + "0101001," + p + "," + p + "01," + p + "0101",
				p + "0101001002,\"乙社区\"," + p + "0101001," + p + "," + p + "01," + p + "0101");
	}

	/** Writes gzip, as the NBS extract comes. */
	private void write(String file, String... lines) throws IOException {
		write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private void write(String file, byte[] content) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(this.dir.resolve(file + ".gz")))) {
			out.write(content);
		}
	}

	private void writePlain(String file, String... lines) throws IOException {
		Files.writeString(this.dir.resolve(file), String.join("\n", lines) + "\n");
	}

}
