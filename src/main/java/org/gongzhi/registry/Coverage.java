package org.gongzhi.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.identity.DataScope;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How complete the registry is (采集率), per street, community or grid and its children:
 * households and persons recorded against the org tree's estimates, records not updated
 * for a year, special-group members and overdue visits. Counts only, never a person.
 */
@Service
class Coverage {

	/** Who may read the figures: counts, no personal data. */
	static final String READERS = "hasAnyRole('GRID_WORKER', 'COMMUNITY_WORKER', 'PARTY_SECRETARY', 'LEADER',"
			+ " 'DISPATCHER', 'ADMIN')";

	static final java.util.Set<String> READER_ROLES = java.util.Set.of("GRID_WORKER", "COMMUNITY_WORKER",
			"PARTY_SECRETARY", "LEADER", "DISPATCHER", "ADMIN");

	/** A record not changed for this long counts as out of date. */
	static final Duration STALE = Duration.ofDays(365);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final OrgUnits units;

	private final RegistryAccess access;

	private final Clock clock;

	Coverage(JdbcClient jdbc, OrgUnits units, RegistryAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The figures of a unit of the caller's scope (default: the scope itself) and of each
	 * of its children; 404 outside the scope.
	 */
	@Transactional(readOnly = true)
	CoverageView of(String org) {
		DataScope scope = this.access.scope();
		String code = (org != null && !org.isBlank()) ? org.strip() : scope.orgCode();
		this.access.requireVisible(code);
		OrgUnit unit = this.units.get(code);
		List<OrgUnit> children = (unit.level() == OrgLevel.GRID) ? List.of()
				: this.units.children(code).stream().filter((child) -> child.level() != OrgLevel.BUILDING).toList();
		List<OrgUnit> grids = (unit.level() == OrgLevel.GRID) ? List.of(unit) : this.units.within(code, OrgLevel.GRID);
		Map<String, long[]> byGrid = countsByOrgCode(code);
		Figures total = figures(unit, grids, byGrid);
		List<CoverageView.Child> rows = new ArrayList<>();
		for (OrgUnit child : children) {
			List<OrgUnit> childGrids = grids.stream().filter(child::contains).toList();
			rows.add(new CoverageView.Child(child.code(), child.name(), child.level(),
					figures(child, childGrids, byGrid)));
		}
		return new CoverageView(unit.code(), unit.name(), unit.level(), total, rows);
	}

	/**
	 * Counts by the org code rows carry (a grid): households, persons, stale persons,
	 * special-group members, overdue visits.
	 */
	private Map<String, long[]> countsByOrgCode(String code) {
		Map<String, long[]> counts = new HashMap<>();
		String like = code + "%";
		Timestamp staleBefore = Timestamp.from(this.clock.instant().minus(STALE));
		Date today = Date.valueOf(LocalDate.ofInstant(this.clock.instant(), BEIJING));
		this.jdbc
			.sql("select hh.org_code, count(*) from registry_household hh where hh.org_code like ?"
					+ " and exists (select 1 from registry_person p where p.household_id = hh.id) group by hh.org_code")
			.param(like)
			.query((rs) -> {
				slot(counts, rs.getString(1))[0] = rs.getLong(2);
			});
		this.jdbc
			.sql("select org_code, count(*), sum(case when updated_at < ? then 1 else 0 end) from registry_person"
					+ " where org_code like ? and household_id is not null group by org_code")
			.params(staleBefore, like)
			.query((rs) -> {
				long[] slot = slot(counts, rs.getString(1));
				slot[1] = rs.getLong(2);
				slot[2] = rs.getLong(3);
			});
		this.jdbc
			.sql("select m.org_code, count(distinct m.person_id),"
					+ " sum(case when m.next_visit_due < ? then 1 else 0 end) from registry_group_member m"
					+ " join registry_person p on p.id = m.person_id"
					+ " where m.org_code like ? and m.until is null and p.household_id is not null group by m.org_code")
			.params(today, like)
			.query((rs) -> {
				long[] slot = slot(counts, rs.getString(1));
				slot[3] = rs.getLong(2);
				slot[4] = rs.getLong(3);
			});
		return counts;
	}

	private static long[] slot(Map<String, long[]> counts, String code) {
		return counts.computeIfAbsent(code, (key) -> new long[5]);
	}

	private static Figures figures(OrgUnit unit, List<OrgUnit> grids, Map<String, long[]> byCode) {
		long[] sum = new long[5];
		byCode.forEach((code, counts) -> {
			if (code.startsWith(unit.code())) {
				for (int i = 0; i < sum.length; i++) {
					sum[i] += counts[i];
				}
			}
		});
		Long households = (unit.households() != null) ? Long.valueOf(unit.households())
				: sumOrNull(grids, OrgUnit::households);
		Long population = (unit.population() != null) ? Long.valueOf(unit.population())
				: sumOrNull(grids, OrgUnit::population);
		return new Figures(sum[0], households, rate(sum[0], households), sum[1], population, rate(sum[1], population),
				sum[2], sum[3], sum[4]);
	}

	private static Long sumOrNull(List<OrgUnit> grids, java.util.function.Function<OrgUnit, Integer> value) {
		long sum = 0;
		boolean any = false;
		for (OrgUnit grid : grids) {
			Integer v = value.apply(grid);
			if (v != null) {
				sum += v;
				any = true;
			}
		}
		return any ? sum : null;
	}

	/** Recorded of estimated in percent, one decimal; none without an estimate. */
	static Double rate(long recorded, Long estimated) {
		if (estimated == null || estimated <= 0) {
			return null;
		}
		return Math.round(1000.0 * recorded / estimated) / 10.0;
	}

	/**
	 * The figures of one unit.
	 *
	 * @param households households recorded (with at least one member living there)
	 * @param householdsEstimated the org tree's estimate
	 * @param householdRate recorded of estimated, percent
	 * @param persons persons recorded (living in the unit)
	 * @param populationEstimated the org tree's estimate
	 * @param personRate recorded of estimated, percent (采集率)
	 * @param stale persons whose record was not updated for 12 months
	 * @param specialGroupMembers persons in at least one special group
	 * @param overdueVisits group memberships whose visit is overdue
	 */
	record Figures(long households, Long householdsEstimated, Double householdRate, long persons,
			Long populationEstimated, Double personRate, long stale, long specialGroupMembers, long overdueVisits) {
	}

	/** A unit's figures and those of its children. */
	record CoverageView(String code, String name, OrgLevel level, Figures figures, List<Child> children) {

		/** One child unit. */
		record Child(String code, String name, OrgLevel level, Figures figures) {
		}

	}

}
