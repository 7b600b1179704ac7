package org.gongzhi.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.identity.Departments;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.stereotype.Component;

/**
 * Names of groups: org units and handling units by their names, weeks by their ISO week.
 * Categories and workers have none here (the categories live in the cases module, the
 * users' names are not the indicators' business).
 */
@Component
class GroupNames {

	/**
	 * Above this many groups the names of a level come in one query, not one per group.
	 */
	private static final int ONE_BY_ONE = 20;

	private final OrgUnits orgUnits;

	private final Departments departments;

	GroupNames(OrgUnits orgUnits, Departments departments) {
		this.orgUnits = orgUnits;
		this.departments = departments;
	}

	/** Names by group key; keys without a name are missing. */
	Map<String, String> of(GroupBy groupBy, OrgUnit org, List<String> keys) {
		Map<String, String> names = new HashMap<>();
		if (groupBy == GroupBy.NONE) {
			return names;
		}
		if (groupBy.orgLevel() != null) {
			if (keys.size() > ONE_BY_ONE && groupBy.orgLevel().codeLength() > org.code().length()) {
				this.orgUnits.within(org.code(), groupBy.orgLevel())
					.forEach((unit) -> names.put(unit.code(), unit.name()));
			}
			keys.stream().filter((key) -> !names.containsKey(key)).forEach((key) -> names.put(key, orgName(key)));
		}
		else if (groupBy == GroupBy.UNIT) {
			Map<String, String> departmentNames = new HashMap<>();
			this.departments.all().forEach((department) -> departmentNames.put(department.code(), department.name()));
			keys.stream()
				.filter((key) -> !key.isEmpty())
				.forEach((key) -> names.put(key, unitName(key, departmentNames)));
		}
		else if (groupBy == GroupBy.WEEK) {
			keys.forEach((key) -> names.put(key, Periods.weekName(key)));
		}
		names.values().removeIf((name) -> name == null);
		return names;
	}

	private String orgName(String code) {
		return this.orgUnits.find(code).map(OrgUnit::name).orElse(null);
	}

	private String unitName(String code, Map<String, String> departmentNames) {
		String name = departmentNames.get(code);
		return (name != null) ? name : orgName(code);
	}

}
