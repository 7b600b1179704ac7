package org.gongzhi.org;

import java.time.Instant;

/**
 * The org_unit table as the division import uses it: one read of the division units
 * already there, and the insertion of many new ones. Plain JDBC in general; COPY on
 * PostgreSQL, where a whole country (665,000 units) loads many times faster.
 */
interface UnitTable {

	/**
	 * Adds to {@code units} the division units (province to community) in the table:
	 * those under {@code root} and its ancestors, or all if it is {@code null}.
	 */
	void readDivisions(String root, KnownUnits units);

	/**
	 * Starts sending new units; what was sent is committed in chunks and by close.
	 * @param now their updated-at time
	 */
	Batch start(Instant now);

	/** The new units of one import. */
	interface Batch extends AutoCloseable {

		/** Sends the row's code, name, level, parent code and path. */
		void add(UnitRow row);

		/** Commits what is still pending. */
		@Override
		void close();

	}

}
