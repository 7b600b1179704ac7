package org.gongzhi.org;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongzhi.jar import-divisions --dir <folder> [--root CODE]}: imports
 * the NBS divisions from the command line, printing progress and the summary with every
 * bad row.
 */
@Component
class DivisionImportCommand implements ApplicationRunner {

	/** The first argument that selects this command. */
	public static final String NAME = "import-divisions";

	private final DivisionImporter importer;

	private final MessageSource messages;

	private final PrintStream out = System.out;

	DivisionImportCommand(DivisionImporter importer, MessageSource messages) {
		this.importer = importer;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains(NAME)) {
			return;
		}
		String dir = option(args.getSourceArgs(), "dir");
		if (dir == null) {
			throw new IllegalArgumentException("Usage: import-divisions --dir <folder> [--root CODE]");
		}
		String root = option(args.getSourceArgs(), "root");
		ImportSummary summary = this.importer.importFrom(dir, root, (file, done, total, rate) -> this.out
			.printf("\r%-20s %,10d / %,d rows  %5.1f%%  %,8.0f rows/s", file, done, total, 100.0 * done / total, rate));
		this.out.println();
		this.out.printf("read %,d  added %,d  updated %,d  unchanged %,d  bad rows %,d  in %.1f s%n", summary.read(),
				summary.added(), summary.updated(), summary.unchanged(), summary.badRows().size(),
				summary.took().toMillis() / 1000.0);
		for (ImportSummary.BadRow bad : summary.badRows()) {
			this.out.printf("  %s:%d  %s%n", bad.file(), bad.line(),
					this.messages.getMessage(bad.reasonKey(), new Object[] { bad.detail() }, Locale.ENGLISH));
		}
	}

	/** The value of {@code --name value} or {@code --name=value}, as people type both. */
	static String option(String[] args, String name) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--" + name) && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith("--" + name + "=")) {
				return args[i].substring(name.length() + 3);
			}
		}
		return null;
	}

}
