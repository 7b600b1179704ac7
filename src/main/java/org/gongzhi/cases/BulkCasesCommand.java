package org.gongzhi.cases;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongzhi.jar bulk-cases --count 10000000 [--seed 1] [--days 365]
 * [--district 210105] [--until 2026-11-23]}: loads generated cases with their timelines
 * and indicator rollups into PostgreSQL for benchmarks (see {@link BulkCases}), printing
 * progress. Needs the district with its grids (start the app with the demo profile once
 * before).
 */
@Component
class BulkCasesCommand implements ApplicationRunner {

	/** The first argument that selects this command. */
	public static final String NAME = "bulk-cases";

	private final BulkCases bulk;

	private final PrintStream out = System.out;

	BulkCasesCommand(BulkCases bulk) {
		this.bulk = bulk;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains(NAME)) {
			return;
		}
		String[] source = args.getSourceArgs();
		long count = Long.parseLong(option(source, "count", "100000").replace("_", ""));
		long seed = Long.parseLong(option(source, "seed", "1"));
		int days = Integer.parseInt(option(source, "days", "365"));
		String district = option(source, "district", "210105");
		String until = option(source, "until", null);
		this.out.printf("bulk-cases: %,d cases of seed %d over %d days in %s%n", count, seed, days, district);
		BulkCases.Summary summary = this.bulk.load(district, count, seed, days,
				(until != null) ? java.time.LocalDate.parse(until) : null,
				(done, total, events, casesPerSecond, eventsPerSecond) -> this.out.printf(
						"\rcases %,13d / %,d  %5.1f%%  %,9.0f cases/s  %,10.0f events/s", done, total,
						100.0 * done / total, casesPerSecond, eventsPerSecond));
		this.out.println();
		this.out.printf("loaded %,d cases with %,d events (%,d already there) in %.1f s%n", summary.cases(),
				summary.events(), summary.skippedCases(), summary.seconds());
	}

	/** The value of {@code --name value} or {@code --name=value}. */
	static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--" + name) && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith("--" + name + "=")) {
				return args[i].substring(name.length() + 3);
			}
		}
		return fallback;
	}

}
