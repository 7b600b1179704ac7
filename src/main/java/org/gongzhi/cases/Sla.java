package org.gongzhi.cases;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time limits (时限) of a category: minutes per stage and priority. They are working
 * minutes, except for {@link Priority#URGENT} which runs on clock time.
 *
 * @param minutes limit in minutes per stage, then per priority; complete
 */
record Sla(Map<Stage, Map<Priority, Integer>> minutes) {

	/** Longest limit accepted: a year of clock time. */
	static final int MAX_MINUTES = 525_600;

	Sla {
		Map<Stage, Map<Priority, Integer>> copy = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			Map<Priority, Integer> limits = (minutes != null) ? minutes.get(stage) : null;
			Map<Priority, Integer> row = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				Integer limit = (limits != null) ? limits.get(priority) : null;
				if (limit == null || limit < 1 || limit > MAX_MINUTES) {
					throw new IllegalArgumentException("no valid limit for " + stage + " " + priority);
				}
				row.put(priority, limit);
			}
			copy.put(stage, Collections.unmodifiableMap(row));
		}
		minutes = Collections.unmodifiableMap(copy);
	}

	/** The limit of a stage for a priority. */
	Duration limit(Stage stage, Priority priority) {
		return Duration.ofMinutes(this.minutes.get(stage).get(priority));
	}

	/** The SQL column holding one limit in {@code case_category_version}. */
	static String column(Stage stage, Priority priority) {
		return "sla_" + stage.name().toLowerCase(Locale.ROOT) + "_" + priority.name().toLowerCase(Locale.ROOT);
	}

}
