package org.gongzhi.org;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Portable batched INSERTs (H2 and any other database). */
class BatchUnitInsert implements UnitBulkInsert {

	static final String SQL = "insert into org_unit (code, name, level, parent_code, path, updated_at)"
			+ " values (?, ?, ?, ?, ?, ?)";

	private static final int BATCH = 2_000;

	private final JdbcTemplate jdbc;

	BatchUnitInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Batch start() {
		List<Object[]> rows = new ArrayList<>(BATCH);
		return new Batch() {

			@Override
			public void add(Object[] row) {
				rows.add(row);
				if (rows.size() >= BATCH) {
					close();
				}
			}

			@Override
			public void close() {
				if (!rows.isEmpty()) {
					BatchUnitInsert.this.jdbc.batchUpdate(SQL, rows);
					rows.clear();
				}
			}

		};
	}

}
