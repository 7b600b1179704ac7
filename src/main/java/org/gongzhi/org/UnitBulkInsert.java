package org.gongzhi.org;

import java.util.List;

/**
 * Inserts many new org units at once: batched INSERTs in general, COPY on PostgreSQL
 * where it is several times faster (whole-country imports).
 */
interface UnitBulkInsert {

	/** Rows of code, name, level, parent code, path, updated-at timestamp. */
	void insert(List<Object[]> rows);

	/** How many rows to collect before calling {@link #insert}. */
	int batchSize();

}
