package org.gongzhi.identity;

import java.util.List;
import java.util.Optional;

import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who should hear about something: the enabled accounts of a department, of an org unit
 * or with a role over a place. For modules that address people (notifications) without
 * reading identity's tables. Answers user ids only; identity keeps no phone numbers in
 * clear and no language preference, so a sender resolves those itself.
 */
@Service
@Transactional(readOnly = true)
public class Recipients {

	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	Recipients(JdbcClient jdbc, OrgUnits orgUnits) {
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
	}

	/** The account, if it exists and is enabled. */
	public Optional<Long> user(long userId) {
		return this.jdbc.sql("select id from app_user where id = ? and enabled")
			.param(userId)
			.query(Long.class)
			.optional();
	}

	/** Enabled accounts that belong to exactly this department (not to one below it). */
	public List<Long> usersOfDepartment(String departmentCode) {
		return this.jdbc.sql("select id from app_user where department_code = ? and enabled order by id")
			.param(departmentCode)
			.query(Long.class)
			.list();
	}

	/** Enabled accounts with the role whose org unit is exactly this one. */
	public List<Long> usersWithRoleAt(Role role, String orgCode) {
		return this.jdbc
			.sql("select u.id from app_user u join app_user_role r on r.user_id = u.id"
					+ " where r.role = ? and u.org_code = ? and u.enabled order by u.id")
			.params(role.name(), orgCode)
			.query(Long.class)
			.list();
	}

	/**
	 * Enabled accounts with the role whose data scope covers the place: their org unit is
	 * the place's or one above it (e.g. the dispatchers of the street and of the district
	 * for a place in a community).
	 */
	public List<Long> usersWithRoleCovering(Role role, String orgCode) {
		return this.jdbc
			.sql("select u.id from app_user u join app_user_role r on r.user_id = u.id"
					+ " where r.role = ? and u.enabled and u.org_code is not null and ? like (u.org_code || '%')"
					+ " order by u.id")
			.params(role.name(), orgCode)
			.query(Long.class)
			.list();
	}

	/**
	 * The people who handle what is dispatched to a handling unit: for a department code
	 * its staff, for an org unit code its grid workers, community workers and (street)
	 * dispatchers. A unit nobody is signed up for passes to the nearest unit above it
	 * that has someone, so a dispatch never goes unheard.
	 * @param unitCode a department code or an org unit code
	 */
	public List<Long> handlersOf(String unitCode) {
		if (unitCode == null) {
			return List.of();
		}
		if (departmentExists(unitCode)) {
			for (String code = unitCode; code != null; code = parentDepartment(code)) {
				List<Long> staff = usersOfDepartment(code);
				if (!staff.isEmpty()) {
					return staff;
				}
			}
			return List.of();
		}
		for (String code = unitCode; code != null; code = this.orgUnits.find(code)
			.map(OrgUnit::parentCode)
			.orElse(null)) {
			List<Long> staff = orgUnitHandlers(code);
			if (!staff.isEmpty()) {
				return staff;
			}
		}
		return List.of();
	}

	/** Who handles what is dispatched to an org unit (grid, community, street). */
	private List<Long> orgUnitHandlers(String orgCode) {
		return this.jdbc
			.sql("select distinct u.id from app_user u join app_user_role r on r.user_id = u.id"
					+ " where r.role in (?, ?, ?) and u.org_code = ? and u.enabled order by u.id")
			.params(Role.GRID_WORKER.name(), Role.COMMUNITY_WORKER.name(), Role.DISPATCHER.name(), orgCode)
			.query(Long.class)
			.list();
	}

	private boolean departmentExists(String code) {
		return this.jdbc.sql("select count(*) from department where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	private String parentDepartment(String code) {
		List<String> parent = this.jdbc.sql("select parent_code from department where code = ?")
			.param(code)
			.query(String.class)
			.list();
		return parent.isEmpty() ? null : parent.get(0);
	}

}
