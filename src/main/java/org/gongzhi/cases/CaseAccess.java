package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;

import org.gongzhi.identity.DataScope;
import org.gongzhi.identity.Role;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Which cases a user sees. Org staff (grid worker, community worker, dispatcher, leader):
 * cases located in their org subtree. Department staff: cases whose handling unit, or a
 * unit summoned by 吹哨, lies in their department subtree. Residents: the cases they
 * reported or follow. Anyone: the cases they reported. A case out of sight is a 404.
 */
@Component
class CaseAccess {

	private final CaseFollowers followers;

	CaseAccess(CaseFollowers followers) {
		this.followers = followers;
	}

	boolean sees(Case subject, Actor actor) {
		if (subject.reporterUserId != null && subject.reporterUserId == actor.userId()) {
			return true;
		}
		if (actor.seesOrg(subject.orgCode)) {
			return true;
		}
		if (actor.has(Role.DEPARTMENT)
				&& (actor.scope().coversDepartment(subject.unitCode) || (subject.escalation != null
						&& subject.escalation.units().stream().anyMatch((unit) -> actor.actsFor(unit.unitCode()))))) {
			return true;
		}
		return actor.has(Role.RESIDENT) && this.followers.follows(subject.id, actor.userId());
	}

	void requireVisible(Case subject, Actor actor) {
		if (!sees(subject, actor)) {
			throw new NotFoundException("cases.case.not-found", subject.id);
		}
	}

	/**
	 * The SQL condition keeping the cases the actor sees, on the {@code cases} table
	 * aliased {@code c}.
	 */
	DataScope.SqlPredicate predicate(Actor actor) {
		List<String> any = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		any.add("c.reporter_user_id = ?");
		params.add(actor.userId());
		if (actor.roles().stream().anyMatch(Actor.ORG_ROLES::contains)) {
			DataScope.SqlPredicate org = actor.scope().orgPredicate("c.org_code");
			any.add(org.sql());
			params.addAll(org.params());
		}
		if (actor.has(Role.DEPARTMENT)) {
			DataScope.SqlPredicate unit = actor.scope().departmentPredicate("c.unit_code");
			DataScope.SqlPredicate summoned = actor.scope().departmentPredicate("eu.unit_code");
			any.add(unit.sql());
			params.addAll(unit.params());
			any.add("exists (select 1 from case_escalation_unit eu where eu.case_id = c.id and " + summoned.sql()
					+ ")");
			params.addAll(summoned.params());
		}
		if (actor.has(Role.RESIDENT)) {
			any.add("exists (select 1 from case_follower f where f.case_id = c.id and f.user_id = ?)");
			params.add(actor.userId());
		}
		return new DataScope.SqlPredicate("(" + String.join(" or ", any) + ")", params);
	}

}
