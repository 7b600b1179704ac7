package org.gongzhi.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongzhi.identity.DataScope;
import org.gongzhi.org.OrgGeography;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.registry.HouseForms.BuildingForm;
import org.gongzhi.registry.HouseForms.HouseChange;
import org.gongzhi.registry.HouseForms.HouseForm;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buildings, houses and households (地/物, 以房管人). A building is a 楼栋 of the org tree (org's
 * public API adds it and keeps its point); the registry adds floors and units.
 */
@Service
class Houses {

	private final JdbcClient jdbc;

	private final OrgUnits units;

	private final OrgGeography geography;

	private final RegistryAccess access;

	private final Clock clock;

	Houses(JdbcClient jdbc, OrgUnits units, OrgGeography geography, RegistryAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.geography = geography;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	Building addBuilding(BuildingForm form) {
		OrgUnit grid = grid(form.gridCode());
		String code = this.geography.addBuilding(grid.code(), form.name().strip(), form.households(), form.lat(),
				form.lng());
		this.jdbc
			.sql("insert into registry_building (building_code, org_code, floors, units, updated_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(code, grid.code(), form.floors(), form.units(), Timestamp.from(this.clock.instant()))
			.update();
		return new Building(code, form.name().strip(), grid.code(), form.floors(), form.units(), form.households(), 0);
	}

	/**
	 * The buildings of a grid (or of every grid below an org unit) in the caller's scope.
	 */
	@Transactional(readOnly = true)
	List<Building> buildings(String within) {
		String code = (within != null && !within.isBlank()) ? within.strip() : this.access.scope().orgCode();
		this.access.requireVisible(code);
		List<OrgUnit> found = this.units.within(code, OrgLevel.BUILDING);
		if (found.isEmpty()) {
			return List.of();
		}
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("org_code");
		Map<String, int[]> details = new java.util.HashMap<>();
		this.jdbc
			.sql("select building_code, coalesce(floors, 0), coalesce(units, 0) from registry_building where "
					+ scope.sql() + " and building_code like ?")
			.params(concat(scope.params(), code + "%"))
			.query((rs) -> {
				details.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) });
			});
		Map<String, Long> houses = this.jdbc
			.sql("select building_code, count(*) from registry_house where " + scope.sql()
					+ " and building_code is not null group by building_code")
			.params(scope.params())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return found.stream().map((unit) -> {
			int[] detail = details.get(unit.code());
			return new Building(unit.code(), unit.name(), unit.parentCode(),
					(detail != null && detail[0] > 0) ? detail[0] : null,
					(detail != null && detail[1] > 0) ? detail[1] : null, unit.households(),
					houses.getOrDefault(unit.code(), 0L));
		}).toList();
	}

	/** One building (楼栋) of the caller's scope; 404 outside it or for another level. */
	@Transactional(readOnly = true)
	Building building(String code) {
		String trimmed = code.strip();
		this.access.requireVisible(trimmed);
		this.units.find(trimmed)
			.filter((unit) -> unit.level() == OrgLevel.BUILDING)
			.orElseThrow(() -> new NotFoundException("registry.building.not-found"));
		return buildings(trimmed).stream()
			.filter((building) -> building.code().equals(trimmed))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("registry.building.not-found"));
	}

	@Transactional
	HouseView addHouse(HouseForm form) {
		String orgCode;
		String buildingCode = null;
		if (form.buildingCode() != null && !form.buildingCode().isBlank()) {
			OrgUnit building = this.units.find(form.buildingCode().strip())
				.filter((unit) -> unit.level() == OrgLevel.BUILDING)
				.orElseThrow(() -> new InvalidInputException("registry.house.building-unknown"));
			this.access.requireVisible(building.code());
			buildingCode = building.code();
			orgCode = building.parentCode();
		}
		else if (form.gridCode() != null && !form.gridCode().isBlank()) {
			orgCode = grid(form.gridCode()).code();
		}
		else {
			throw new InvalidInputException("registry.house.place-missing");
		}
		Instant now = this.clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into registry_house (org_code, building_code, address, unit_no, floor_no, room_no, area,"
					+ " house_use, occupancy, lat, lng, created_at, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(orgCode, buildingCode, form.address().strip(), blankToNull(form.unitNo()), form.floorNo(),
					blankToNull(form.roomNo()), form.area(), form.use().name(), form.occupancy().name(), form.lat(),
					form.lng(), Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return house(keys.getKey().longValue());
	}

	/**
	 * Changes what a house of the caller's scope is; where it is (grid, building) stays.
	 */
	@Transactional
	HouseView updateHouse(long id, HouseChange form) {
		house(id);
		this.jdbc
			.sql("update registry_house set address = ?, unit_no = ?, floor_no = ?, room_no = ?, area = ?,"
					+ " house_use = ?, occupancy = ?, lat = ?, lng = ?, updated_at = ? where id = ?")
			.params(form.address().strip(), blankToNull(form.unitNo()), form.floorNo(), blankToNull(form.roomNo()),
					form.area(), form.use().name(), form.occupancy().name(), form.lat(), form.lng(),
					Timestamp.from(this.clock.instant()), id)
			.update();
		return house(id);
	}

	@Transactional(readOnly = true)
	HouseView house(long id) {
		HouseView house = this.jdbc.sql(HOUSE + " where h.id = ?")
			.param(id)
			.query(Houses::houseView)
			.optional()
			.orElseThrow(() -> new NotFoundException("registry.house.not-found"));
		this.access.requireVisible(house.orgCode());
		return house;
	}

	/** Houses of the caller's scope by address (contains), org unit or building. */
	@Transactional(readOnly = true)
	List<HouseView> houses(String q, String org, String buildingCode, int offset, int limit) {
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("h.org_code");
		StringBuilder sql = new StringBuilder(HOUSE).append(" where ").append(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (org != null && !org.isBlank()) {
			sql.append(" and h.org_code like ?");
			params.add(org.strip() + "%");
		}
		if (buildingCode != null && !buildingCode.isBlank()) {
			sql.append(" and h.building_code = ?");
			params.add(buildingCode.strip());
		}
		if (q != null && !q.isBlank()) {
			sql.append(" and h.address like ?");
			params.add("%" + q.strip().replace("%", "").replace("_", "") + "%");
		}
		sql.append(" order by h.address, h.id offset ")
			.append(Math.max(0, offset))
			.append(" rows fetch first ")
			.append(Math.max(1, Math.min(limit, 100)))
			.append(" rows only");
		return this.jdbc.sql(sql.toString()).params(params).query(Houses::houseView).list();
	}

	@Transactional
	HouseholdView addHousehold(long houseId) {
		HouseView house = house(houseId);
		Instant now = this.clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into registry_household (org_code, house_id, created_at, updated_at) values (?, ?, ?, ?)")
			.params(house.orgCode(), house.id(), Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return household(keys.getKey().longValue());
	}

	@Transactional(readOnly = true)
	HouseholdView household(long id) {
		HouseholdView household = this.jdbc
			.sql("select hh.id, hh.org_code, hh.house_id, h.address, hh.head_person_id,"
					+ " (select count(*) from registry_person p where p.household_id = hh.id) members"
					+ " from registry_household hh join registry_house h on h.id = hh.house_id where hh.id = ?")
			.param(id)
			.query((rs, row) -> new HouseholdView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					Persons.nullableLong(rs, "head_person_id"), rs.getInt(6)))
			.optional()
			.orElseThrow(() -> new NotFoundException("registry.household.not-found"));
		this.access.requireVisible(household.orgCode());
		return household;
	}

	/** The households of a house, in the caller's scope. */
	@Transactional(readOnly = true)
	List<HouseholdView> households(long houseId) {
		house(houseId);
		return this.jdbc
			.sql("select hh.id, hh.org_code, hh.house_id, h.address, hh.head_person_id,"
					+ " (select count(*) from registry_person p where p.household_id = hh.id) members"
					+ " from registry_household hh join registry_house h on h.id = hh.house_id where hh.house_id = ?"
					+ " order by hh.id")
			.param(houseId)
			.query((rs, row) -> new HouseholdView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					Persons.nullableLong(rs, "head_person_id"), rs.getInt(6)))
			.list();
	}

	/** A grid of the caller's scope; 404 outside it, 400 for another level. */
	OrgUnit grid(String code) {
		String trimmed = code.strip();
		this.access.requireVisible(trimmed);
		OrgUnit unit = this.units.find(trimmed).orElseThrow(() -> new NotFoundException("problem.detail.404"));
		if (unit.level() != OrgLevel.GRID) {
			throw new InvalidInputException("registry.house.not-a-grid");
		}
		return unit;
	}

	private static final String HOUSE = "select h.*, (select count(*) from registry_person p join registry_household hh"
			+ " on hh.id = p.household_id where hh.house_id = h.id) residents from registry_house h";

	private static HouseView houseView(ResultSet rs, int row) throws SQLException {
		return new HouseView(rs.getLong("id"), rs.getString("org_code"), rs.getString("building_code"),
				rs.getString("address"), rs.getString("unit_no"), nullableInt(rs, "floor_no"), rs.getString("room_no"),
				rs.getBigDecimal("area"), HouseUse.valueOf(rs.getString("house_use")),
				Occupancy.valueOf(rs.getString("occupancy")), nullableDouble(rs, "lat"), nullableDouble(rs, "lng"),
				rs.getInt("residents"));
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static List<Object> concat(List<Object> first, Object more) {
		List<Object> all = new ArrayList<>(first);
		all.add(more);
		return all;
	}

	/** A building with the registry's details. */
	record Building(String code, String name, String gridCode, Integer floors, Integer units, Integer households,
			long houses) {
	}

	/** A house with the number of persons living in it now. */
	record HouseView(long id, String orgCode, String buildingCode, String address, String unitNo, Integer floorNo,
			String roomNo, BigDecimal area, HouseUse use, Occupancy occupancy, Double lat, Double lng, int residents) {
	}

	/** A household with its head and number of members. */
	record HouseholdView(long id, String orgCode, long houseId, String address, Long headPersonId, int members) {
	}

}
