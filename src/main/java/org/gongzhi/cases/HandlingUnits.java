package org.gongzhi.cases;

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
		String type = subject.category.unitType();
		if (CaseCategory.COMMUNITY.equals(type)) {
			return Optional.of(prefix(subject.orgCode, OrgLevel.COMMUNITY));
		}
		if (CaseCategory.STREET.equals(type)) {
			return Optional.of(prefix(subject.orgCode, OrgLevel.STREET));
		}
		return this.departments.find(subject.districtCode + "-" + type).map(Department::code);
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

	private static String prefix(String orgCode, OrgLevel level) {
		return (orgCode.length() > level.codeLength()) ? orgCode.substring(0, level.codeLength()) : orgCode;
	}

}
