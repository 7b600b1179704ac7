package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.identity.Role;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The units cases are dispatched to: departments ({@code 210105-CG}) or the community or
 * street of the case handling it itself. The suggested unit of a case follows its
 * category's unit type: the district's department of that type
 * ({@code <district code>-<type>}) if there is one, the case's community for {@code SQ},
 * its street for {@code JD}.
 */
@Component
class HandlingUnits {

	private final Departments departments;

	private final OrgUnits orgUnits;

	HandlingUnits(Departments departments, OrgUnits orgUnits) {
		this.departments = departments;
		this.orgUnits = orgUnits;
	}

	Optional<String> suggested(Case subject) {
		return suggested(subject.category, subject.orgCode);
	}

	/** The unit a case of this category at this place would be sent to by default. */
	Optional<String> suggested(CaseCategory category, String orgCode) {
		String type = category.unitType();
		if (CaseCategory.COMMUNITY.equals(type)) {
			return Optional.of(prefix(orgCode, OrgLevel.COMMUNITY));
		}
		if (CaseCategory.STREET.equals(type)) {
			return Optional.of(prefix(orgCode, OrgLevel.STREET));
		}
		return this.departments.find(prefix(orgCode, OrgLevel.DISTRICT) + "-" + type).map(Department::code);
	}

	/**
	 * The units a dispatcher may send a case at this place to: the district's
	 * departments, then the case's street and community.
	 */
	List<Unit> targets(String orgCode) {
		String district = prefix(orgCode, OrgLevel.DISTRICT);
		List<Unit> targets = new ArrayList<>();
		this.departments.all()
			.stream()
			.filter((department) -> department.code().startsWith(district + "-"))
			.sorted(Comparator.comparing(Department::code))
			.forEach((department) -> targets.add(new Unit(department.code(), department.name())));
		for (OrgLevel level : List.of(OrgLevel.STREET, OrgLevel.COMMUNITY)) {
			String code = prefix(orgCode, level);
			this.orgUnits.find(code).ifPresent((unit) -> targets.add(new Unit(unit.code(), unit.name())));
		}
		return targets;
	}

	/**
	 * Checks a unit a case is sent to: an existing department (not for a community
	 * worker, who dispatches within the community), or an org unit the case lies in.
	 */
	void requireTarget(String unitCode, Case subject, Actor actor) {
		boolean desk = actor.has(Role.DISPATCHER) && actor.scope().covers(subject.orgCode);
		if (Units.isDepartment(unitCode)) {
			if (!desk || this.departments.find(unitCode).isEmpty()) {
				throw new InvalidInputException("cases.unit.unknown", unitCode);
			}
			return;
		}
		boolean placeOfCase = subject.orgCode.startsWith(unitCode) && this.orgUnits.find(unitCode).isPresent();
		boolean reachable = desk || unitCode.startsWith(actor.orgCode());
		if (!placeOfCase || !reachable || unitCode.length() < OrgLevel.STREET.codeLength()) {
			throw new InvalidInputException("cases.unit.unknown", unitCode);
		}
	}

	/** The name of a unit, or its code if it is unknown. */
	String name(String unitCode) {
		if (unitCode == null) {
			return null;
		}
		if (Units.isDepartment(unitCode)) {
			return this.departments.find(unitCode).map(Department::name).orElse(unitCode);
		}
		return this.orgUnits.find(unitCode).map(OrgUnit::name).orElse(unitCode);
	}

	/** A unit cases can be sent to, with its name. */
	record Unit(String code, String name) {
	}

	private static String prefix(String orgCode, OrgLevel level) {
		return (orgCode.length() > level.codeLength()) ? orgCode.substring(0, level.codeLength()) : orgCode;
	}

}
