package org.gongzhi.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads org units; writes go through the importer and the admin services. */
@Repository
class OrgUnitStore {

	private static final String COLUMNS = "code, name, level, parent_code, path, households, population";

	private static final String MAPPED_COLUMNS = "code, name, level, parent_code, households, population, boundary,"
			+ " centroid_lat, centroid_lng";

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

	/** Units under {@code parent} (exclusive) at {@code level}, with their outlines. */
	List<MappedUnit> mapped(OrgUnit parent, OrgLevel level) {
		return this.jdbc
			.sql("select " + MAPPED_COLUMNS + " from org_unit where path like ? and level = ? order by code")
			.params(parent.path() + "%", level.name())
			.query(OrgUnitStore::mapped)
			.list();
	}

	List<GridPoint> gridPoints(OrgUnit parent) {
		return this.jdbc
			.sql("select code, coalesce(households, 0) households, centroid_lat, centroid_lng from org_unit"
					+ " where path like ? and level = 'GRID' and centroid_lat is not null order by code")
			.param(parent.path() + "%")
			.query((rs, row) -> new GridPoint(rs.getString("code"), rs.getInt("households"),
					rs.getDouble("centroid_lat"), rs.getDouble("centroid_lng")))
			.list();
	}

	List<OrgUnit> within(OrgUnit parent, OrgLevel level) {
		return this.jdbc.sql("select " + COLUMNS + " from org_unit where path like ? and level = ? order by code")
			.params(parent.path() + "%", level.name())
			.query(OrgUnitStore::map)
			.list();
	}

	/** The direct children of a unit with their outlines, in one query. */
	List<MappedUnit> mappedChildren(String code) {
		return this.jdbc.sql("select " + MAPPED_COLUMNS + " from org_unit where parent_code = ? order by code")
			.param(code)
			.query(OrgUnitStore::mapped)
			.list();
	}

	/** The unit itself with its outline. */
	Optional<MappedUnit> mapped(String code) {
		return this.jdbc.sql("select " + MAPPED_COLUMNS + " from org_unit where code = ?")
			.param(code)
			.query(OrgUnitStore::mapped)
			.optional();
	}

	/** Every grid that has an outline, for the point index. */
	List<MappedUnit> allGridOutlines() {
		return this.jdbc
			.sql("select " + MAPPED_COLUMNS
					+ " from org_unit where level = 'GRID' and boundary is not null order by code")
			.query(OrgUnitStore::mapped)
			.list();
	}

	/**
	 * A fingerprint of the grid outlines, cheap to poll: it changes whenever a grid
	 * changes.
	 */
	String gridsVersion() {
		return this.jdbc.sql("select count(*), max(updated_at) from org_unit where level = 'GRID'")
			.query((rs, row) -> rs.getLong(1) + "@" + rs.getTimestamp(2))
			.single();
	}

	List<OrgUnit> findAll(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from org_unit where code in (:codes)")
			.param("codes", codes)
			.query(OrgUnitStore::map)
			.list();
	}

	/** Staff of the grids under {@code unit}. */
	List<GridStaffMember> staffUnder(OrgUnit unit) {
		return this.jdbc
			.sql("select s.grid_code, s.person_key, s.person_name, s.user_id, s.duty from grid_staff s"
					+ " join org_unit u on u.code = s.grid_code where u.path like ? order by s.grid_code, s.duty, s.id")
			.param(unit.path() + "%")
			.query((rs, row) -> new GridStaffMember(rs.getString(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), GridDuty.valueOf(rs.getString(5))))
			.list();
	}

	Optional<OrgUnitDetails> details(String code) {
		return this.jdbc
			.sql("select code, name, level, parent_code, contact_phone, households, population, boundary"
					+ " from org_unit where code = ?")
			.param(code)
			.query((rs, row) -> new OrgUnitDetails(rs.getString(1), rs.getString(2), OrgLevel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
					rs.getString(8)))
			.optional();
	}

	/**
	 * The label point of a unit; without a code, or if it has none, that of the highest
	 * unit that has one.
	 */
	Optional<MapPoint> labelPoint(String code) {
		String sql = "select centroid_lat, centroid_lng from org_unit where centroid_lat is not null";
		RowMapper<MapPoint> point = (rs, row) -> new MapPoint(rs.getDouble(1), rs.getDouble(2));
		Optional<MapPoint> own = (code != null)
				? this.jdbc.sql(sql + " and code = ?").param(code).query(point).optional() : Optional.empty();
		return own.or(() -> this.jdbc.sql(sql + " order by length(path), code fetch first 1 rows only")
			.query(point)
			.optional());
	}

	long count() {
		return this.jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	private static MappedUnit mapped(ResultSet rs, int row) throws SQLException {
		return new MappedUnit(rs.getString(1), rs.getString(2), OrgLevel.valueOf(rs.getString(3)), rs.getString(4),
				(Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7), (Double) rs.getObject(8),
				(Double) rs.getObject(9));
	}

	private static OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getString("code"), rs.getString("name"), OrgLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("path"), (Integer) rs.getObject("households"),
				(Integer) rs.getObject("population"));
	}

}
