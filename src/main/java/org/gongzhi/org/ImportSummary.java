package org.gongzhi.org;

import java.time.Duration;
import java.util.List;

/**
 * What a division import did.
 *
 * @param read data rows read (within the chosen subtree)
 * @param added units that were new
 * @param updated units whose name changed
 * @param unchanged units already present as they are
 * @param badRows rows skipped, with where and why
 * @param took wall-clock time
 */
public record ImportSummary(long read, long added, long updated, long unchanged, List<BadRow> badRows, Duration took) {

	/**
	 * A skipped row: file name, 1-based line number and the reason (a message key with
	 * its argument).
	 */
	public record BadRow(String file, long line, String reasonKey, String detail) {
	}

}
