package org.gongzhi.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads org units; writes go through the importer and the admin services. */
@Repository
class OrgUnitStore {

	private static final String COLUMNS = "code, name, level, parent_code, path, households, population";

	private final JdbcClient jdbc;

	OrgUnitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OrgUnit> find(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from org_unit where code = ?")
			.param(code)
			.query(OrgUnitStore::map)
			.optional();
	}

	List<OrgUnit> children(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from org_unit where parent_code = ? order by code")
			.param(code)
			.query(OrgUnitStore::map)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	private static OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getString("code"), rs.getString("name"), OrgLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("path"), (Integer) rs.getObject("households"),
				(Integer) rs.getObject("population"));
	}

}
