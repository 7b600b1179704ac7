package org.gongzhi.org;

/** Receives progress while an import runs; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (file, done, total, rowsPerSecond) -> {
	};

	/**
	 * @param file the file being read
	 * @param done rows read so far in all files
	 * @param total rows in all files
	 * @param rowsPerSecond rate so far
	 */
	void update(String file, long done, long total, double rowsPerSecond);

}
