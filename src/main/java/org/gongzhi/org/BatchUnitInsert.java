package org.gongzhi.org;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Portable batched INSERTs (H2 and any other database). */
class BatchUnitInsert implements UnitBulkInsert {

	static final String SQL = "insert into org_unit (code, name, level, parent_code, path, updated_at)"
			+ " values (?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	BatchUnitInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(List<Object[]> rows) {
		this.jdbc.batchUpdate(SQL, rows);
	}

	@Override
	public int batchSize() {
		return 2_000;
	}

}
