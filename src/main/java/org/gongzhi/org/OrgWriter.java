package org.gongzhi.org;

import java.sql.Timestamp;
import java.time.Clock;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes org units and grid staff; callers own the transaction. */
@Repository
class OrgWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrgWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(String code, String name, OrgLevel level, OrgUnit parent, Integer households, Integer population) {
		this.jdbc
			.sql("insert into org_unit (code, name, level, parent_code, path, households, population, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(code, name, level.name(), parent.code(), parent.path() + code + "/", households, population, now())
			.update();
	}

	void describe(String code, String name, String contactPhone, Integer households, Integer population) {
		this.jdbc
			.sql("update org_unit set name = ?, contact_phone = ?, households = ?, population = ?, updated_at = ?"
					+ " where code = ?")
			.params(name, contactPhone, households, population, now(), code)
			.update();
	}

	/** Renames a grid and, when given, corrects its households. */
	void renameGrid(String code, String name, Integer households) {
		this.jdbc
			.sql("update org_unit set name = ?, households = coalesce(?, households), updated_at = ? where code = ?")
			.params(name, households, now(), code)
			.update();
	}

	void estimates(String code, int households, int population) {
		this.jdbc.sql("update org_unit set households = ?, population = ?, updated_at = ? where code = ?")
			.params(households, population, now(), code)
			.update();
	}

	/**
	 * Sets the outline and, from it, the label point (always inside, unlike a centroid).
	 */
	void boundary(String code, Geometry area) {
		Point label = area.getInteriorPoint();
		this.jdbc
			.sql("update org_unit set boundary = ?, centroid_lat = ?, centroid_lng = ?, updated_at = ? where code = ?")
			.params(Geometries.toGeoJson(area), label.getY(), label.getX(), now(), code)
			.update();
	}

	void point(String code, double lat, double lng) {
		this.jdbc.sql("update org_unit set centroid_lat = ?, centroid_lng = ?, updated_at = ? where code = ?")
			.params(lat, lng, now(), code)
			.update();
	}

	boolean assign(String gridCode, String personKey, String personName, Long userId, GridDuty duty) {
		int exists = this.jdbc
			.sql("select count(*) from grid_staff where grid_code = ? and person_key = ? and duty = ?")
			.params(gridCode, personKey, duty.name())
			.query(Integer.class)
			.single();
		if (exists > 0) {
			return false;
		}
		this.jdbc
			.sql("insert into grid_staff (grid_code, person_key, person_name, user_id, duty, created_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(gridCode, personKey, personName, userId, duty.name(), now())
			.update();
		return true;
	}

	void unassign(String gridCode, String personKey, GridDuty duty) {
		this.jdbc.sql("delete from grid_staff where grid_code = ? and person_key = ? and duty = ?")
			.params(gridCode, personKey, duty.name())
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
