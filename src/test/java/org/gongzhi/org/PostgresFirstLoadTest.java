package org.gongzhi.org;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.gongzhi.support.ThrowawayPostgres;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first import into an empty tree on PostgreSQL loads without the primary key, the
 * secondary indexes and the foreign keys and ends with all of them as the migrations made
 * them, and an import after an interrupted first load puts back what it left out. It
 * needs a database of its own whose tree is empty.
 */
@Tag("postgres")
@ExtendWith(ThrowawayPostgres.class)
class PostgresFirstLoadTest {

	/** Indexes of org_unit and the constraints on it or referencing it, as SQL. */
	private static final String SCHEMA = "select indexdef from pg_indexes where tablename = 'org_unit'"
			+ " union all select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
			+ " from pg_constraint where 'org_unit'::regclass in (conrelid, confrelid) order by 1";

	private static List<String> migrated;

	private static String server;

	private static String name;

	private static HikariDataSource dataSource;

	private static JdbcTemplate jdbc;

	@TempDir
	private Path dir;

	@BeforeAll
	static void emptyDatabase() throws SQLException {
		String url = System.getProperty("GONGZHI_DB_URL");
		server = url.substring(0, url.lastIndexOf('/') + 1);
		name = url.substring(url.lastIndexOf('/') + 1) + "_first";
		admin("create database " + name);
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server + name);
		dataSource.setUsername(System.getProperty("GONGZHI_DB_USER"));
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
			.load()
			.migrate();
		jdbc = new JdbcTemplate(dataSource);
		migrated = schema();
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		dataSource.close();
		admin("drop database if exists " + name + " with (force)");
	}

	@Test
	void aFirstLoadEndsWithTheKeysAndIndexesOfTheMigrations() throws IOException {
		jdbc.execute("truncate org_unit cascade");
		writeProvince();
		ImportSummary summary = importer().importFrom(this.dir.toString(), null, ImportProgress.NONE);

		assertThat(summary.added()).isEqualTo(6);
		assertThat(jdbc.queryForObject("select path from org_unit where code = '930101001002'", String.class))
			.isEqualTo("/93/9301/930101/930101001/930101001002/");
		assertThat(schema()).isEqualTo(migrated).anyMatch((line) -> line.contains("PRIMARY KEY"));
		// in code order, from which the key and the path index build fastest
		assertThat(jdbc.queryForList("select code from org_unit order by ctid", String.class)).isSorted().hasSize(6);
	}

	@Test
	void aFirstLoadSkipsARepeatedCodeSoThatThePrimaryKeyCanBeBuilt() throws IOException {
		jdbc.execute("truncate org_unit cascade");
		writeProvince();
		write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
				"930101001001,\"甲社区\",930101001,93,9301,930101", "930101001001,\"又一个甲社区\",930101001,93,9301,930101");
		ImportSummary summary = importer().importFrom(this.dir.toString(), null, ImportProgress.NONE);

		assertThat(summary.added()).isEqualTo(5);
		assertThat(summary.badRows()).extracting(ImportSummary.BadRow::line, ImportSummary.BadRow::reasonKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "org.import.bad.duplicate"));
		assertThat(jdbc.queryForObject("select name from org_unit where code = '930101001001'", String.class))
			.isEqualTo("甲社区");
		assertThat(schema()).isEqualTo(migrated);
	}

	@Test
	void anImportAfterAFirstLoadInterruptedAfterItsCopyRestoresWhatItLeftOut() throws IOException, SQLException {
		jdbc.execute("truncate org_unit cascade");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(new PostgresFirstLoad(jdbc).begin(connection)).isTrue();
			connection.commit();
		}
		assertThat(schema()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("org_unit_grids");
		jdbc.update(
				"insert into org_unit (code, name, level, path, updated_at) values ('93', '某省', 'PROVINCE', '/93/', now())");

		writeProvince();
		ImportSummary summary = importer().importFrom(this.dir.toString(), null, ImportProgress.NONE);

		assertThat(summary.added()).isEqualTo(5);
		assertThat(schema()).isEqualTo(migrated);
	}

	private static DivisionImporter importer() {
		return new DivisionImporter(jdbc, new DefaultResourceLoader(), Clock.systemUTC(),
				new PostgresUnitTable(dataSource, jdbc));
	}

	private static List<String> schema() {
		return jdbc.queryForList(SCHEMA, String.class);
	}

	private void writeProvince() throws IOException {
		write("provinces.csv", "code,name", "93,\"某省\"");
		write("cities.csv", "code,name,provinceCode", "9301,\"某市\",93");
		write("areas.csv", "code,name,cityCode,provinceCode", "930101,\"某区\",9301,93");
		write("streets.csv", "code,name,areaCode,provinceCode,cityCode", "930101001,\"某街道\",930101,93,9301");
		write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
				"930101001001,\"甲社区\",930101001,93,9301,930101", "930101001002,\"乙社区\",930101001,93,9301,930101");
	}

	private void write(String file, String... lines) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(this.dir.resolve(file + ".gz")))) {
			out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void admin(String sql) throws SQLException {
		try (Connection admin = DriverManager.getConnection(server + "postgres", System.getProperty("GONGZHI_DB_USER"),
				""); Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
	}

}
