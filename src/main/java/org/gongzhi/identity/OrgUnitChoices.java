package org.gongzhi.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.stereotype.Component;

/** The org units an administrator may put an account in, for the account forms. */
@Component
class OrgUnitChoices {

	private final OrgUnits orgUnits;

	OrgUnitChoices(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** The caller's unit and every unit below it down to the communities, tree order. */
	List<OrgUnit> inScopeOf(GongzhiUser caller) {
		List<OrgUnit> units = new ArrayList<>();
		String top = caller.getOrgCode();
		if (top == null) {
			return units;
		}
		Deque<OrgUnit> pending = new ArrayDeque<>();
		this.orgUnits.find(top).ifPresent(pending::push);
		while (!pending.isEmpty()) {
			OrgUnit unit = pending.pop();
			units.add(unit);
			if (unit.level().ordinal() < OrgLevel.COMMUNITY.ordinal()) {
				List<OrgUnit> children = this.orgUnits.children(unit.code());
				for (int i = children.size() - 1; i >= 0; i--) {
					pending.push(children.get(i));
				}
			}
		}
		return units;
	}

	/**
	 * As {@link #inScopeOf(GongzhiUser)}, plus the unit an account is in now if it lies
	 * deeper (a grid worker's grid), so that saving the form does not move the account.
	 */
	List<OrgUnit> inScopeOf(GongzhiUser caller, String current) {
		List<OrgUnit> units = inScopeOf(caller);
		if (current != null && units.stream().noneMatch((unit) -> unit.code().equals(current))) {
			this.orgUnits.find(current).ifPresent(units::add);
		}
		return units;
	}

}
