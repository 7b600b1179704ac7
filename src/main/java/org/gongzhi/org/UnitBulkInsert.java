package org.gongzhi.org;

/**
 * Inserts many new org units during one import: batched INSERTs in general, a streamed
 * COPY on PostgreSQL, where it is many times faster (whole-country imports).
 */
interface UnitBulkInsert {

	/** Starts sending new units; what was sent is committed in chunks and by close. */
	Batch start();

	/** The new units of one import. */
	interface Batch extends AutoCloseable {

		/** A row of code, name, level, parent code, path, updated-at timestamp. */
		void add(Object[] row);

		/** Commits what is still pending. */
		@Override
		void close();

	}

}
