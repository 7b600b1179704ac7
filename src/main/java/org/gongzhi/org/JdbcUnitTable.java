package org.gongzhi.org;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Portable JDBC: a query and batched INSERTs (H2 and any other database). */
class JdbcUnitTable implements UnitTable {

	static final String INSERT = "insert into org_unit (code, name, level, parent_code, path, updated_at)"
			+ " values (?, ?, ?, ?, ?, ?)";

	private static final int BATCH = 2_000;

	private final JdbcTemplate jdbc;

	JdbcUnitTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void readDivisions(String root, KnownUnits units) {
		String scope = (root != null) ? " and (code like ? or ? like concat(code, '%'))" : "";
		Object[] args = (root != null) ? new Object[] { root + "%", root } : new Object[0];
		UnitRow row = new UnitRow();
		this.jdbc.query("select code, name, case when level = 'COMMUNITY' then null else path end from org_unit"
				+ " where level in ('PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY')" + scope, (rs) -> {
					set(row, UnitRow.CODE, rs.getString(1));
					set(row, UnitRow.NAME, rs.getString(2));
					set(row, UnitRow.PATH, rs.getString(3));
					units.addStored(row);
				}, args);
	}

	@Override
	public Batch start(Instant now) {
		Timestamp updatedAt = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(BATCH);
		return new Batch() {

			@Override
			public void add(UnitRow row) {
				rows.add(new Object[] { row.string(UnitRow.CODE), row.string(UnitRow.NAME), row.string(UnitRow.LEVEL),
						row.string(UnitRow.PARENT), row.string(UnitRow.PATH), updatedAt });
				if (rows.size() >= BATCH) {
					close();
				}
			}

			@Override
			public void close() {
				if (!rows.isEmpty()) {
					JdbcUnitTable.this.jdbc.batchUpdate(INSERT, rows);
					rows.clear();
				}
			}

		};
	}

	private static void set(UnitRow row, int column, String value) {
		if (value == null) {
			row.setNull(column);
		}
		else {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			row.set(column, bytes, 0, bytes.length);
		}
	}

}
