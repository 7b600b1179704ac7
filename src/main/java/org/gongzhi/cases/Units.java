package org.gongzhi.cases;

/**
 * Handling units are departments (codes such as {@code 210105-CG}) or org units (NBS
 * codes, digits only) handling a case themselves.
 */
final class Units {

	private Units() {
	}

	static boolean isDepartment(String unitCode) {
		return unitCode != null && !unitCode.chars().allMatch(Character::isDigit);
	}

}
