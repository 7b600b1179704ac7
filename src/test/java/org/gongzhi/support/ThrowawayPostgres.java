package org.gongzhi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates one throwaway database on the PostgreSQL at localhost:5432 for the whole test
 * run, points the {@code postgres} profile at it, and drops it when the JVM exits.
 * Without a reachable server the tests fail with instructions, unless
 * {@code GONGZHI_SKIP_POSTGRES=true} reports them as skipped.
 */
public final class ThrowawayPostgres implements ExecutionCondition {

	private static final String SERVER = env("GONGZHI_TEST_PG_SERVER", "jdbc:postgresql://localhost:5432/");

	private static final String USER = env("GONGZHI_TEST_PG_USER", "postgres");

	private static String database;

	private static String unreachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String problem = ensureDatabase();
		if (problem == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL test database " + database);
		}
		if ("true".equalsIgnoreCase(System.getenv("GONGZHI_SKIP_POSTGRES"))) {
			return ConditionEvaluationResult.disabled("Skipped because GONGZHI_SKIP_POSTGRES=true: " + problem);
		}
		throw new ExtensionConfigurationException(problem + "\nStart PostgreSQL on localhost:5432 with trust auth "
				+ "(Debian: apt-get install postgresql && pg_ctlcluster 15 main start), or set "
				+ "GONGZHI_SKIP_POSTGRES=true to skip the PostgreSQL tests.");
	}

	private static synchronized String ensureDatabase() {
		if (database != null || unreachable != null) {
			return unreachable;
		}
		String name = "gongzhi_test_" + ProcessHandle.current().pid() + "_"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36).toLowerCase(Locale.ROOT);
		try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			unreachable = "PostgreSQL is not reachable at " + SERVER + " as " + USER + ": " + ex.getMessage();
			return unreachable;
		}
		database = name;
		System.setProperty("GONGZHI_DB_URL", SERVER + name);
		System.setProperty("GONGZHI_DB_USER", USER);
		System.setProperty("GONGZHI_DB_PASSWORD", "");
		Runtime.getRuntime().addShutdownHook(new Thread(ThrowawayPostgres::drop, "drop-" + name));
		return null;
	}

	/**
	 * Runs at JVM exit, beside the hooks that close the Spring contexts: waits for their
	 * pools to let go of the database before it is dropped, and forces the drop only if
	 * they never do.
	 */
	private static void drop() {
		long deadline = System.nanoTime() + 20_000_000_000L;
		try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = admin.createStatement()) {
			while (System.nanoTime() < deadline) {
				try {
					statement.execute("drop database if exists " + database);
					return;
				}
				catch (SQLException stillInUse) {
					Thread.sleep(200);
				}
			}
			statement.execute("drop database if exists " + database + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
