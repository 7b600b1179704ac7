package org.gongzhi.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.gongzhi.cases.PastActor;
import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.identity.NewUser;
import org.gongzhi.identity.Role;
import org.gongzhi.identity.UserAccounts;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.stereotype.Component;

/**
 * The people of the demo history: the district's and every street's command desk, a
 * resident per street who reports and rates, one handler per department (the utilities
 * and agencies beyond 城管, 住建 and 市场监管 are added here), and in 桔蔷社区 its community worker
 * and grid workers. Accounts that do not exist yet are created with the demo password.
 */
@Component
class DemoCast {

	/**
	 * The departments of the history beyond those of {@link DemoDistrict}: type, name,
	 * login.
	 */
	private static final List<String[]> AGENCIES = List.of(new String[] { "GA", "皇姑公安分局", "police" },
			new String[] { "SW", "皇姑区水务局", "water" }, new String[] { "GD", "国网沈阳供电公司皇姑供电分公司", "power" },
			new String[] { "RQ", "沈阳燃气皇姑分公司", "gas" }, new String[] { "YL", "皇姑区园林绿化服务中心", "parks" },
			new String[] { "JT", "皇姑区交通运输局", "traffic" }, new String[] { "HB", "沈阳市生态环境局皇姑分局", "ecology" });

	private final UserAccounts accounts;

	private final Departments departments;

	private final OrgUnits units;

	DemoCast(UserAccounts accounts, Departments departments, OrgUnits units) {
		this.accounts = accounts;
		this.departments = departments;
		this.units = units;
	}

	/**
	 * The people of a history.
	 *
	 * @param districtDesk the district command centre
	 * @param streetDesks each street's sub-centre, by street code
	 * @param residents a reporting resident per street, by street code
	 * @param handlers a handler per department type (CG, ZJ, …) with its department
	 * @param communityCode the community with its own staff (桔蔷社区)
	 * @param communityWorker its community worker
	 * @param gridWorkers its grid workers, by grid code
	 */
	record Cast(PastActor districtDesk, Map<String, PastActor> streetDesks, Map<String, PastActor> residents,
			Map<String, Handler> handlers, String communityCode, PastActor communityWorker,
			Map<String, PastActor> gridWorkers) {
	}

	/**
	 * Who handles a department's cases.
	 *
	 * @param departmentCode the department
	 * @param actor its handler
	 */
	record Handler(String departmentCode, PastActor actor) {
	}

	Cast assemble(long seed) {
		Random random = new Random(seed);
		PastActor districtDesk = existing(DemoUser.DISPATCHER);
		Map<String, PastActor> streetDesks = new LinkedHashMap<>();
		Map<String, PastActor> residents = new LinkedHashMap<>();
		for (OrgUnit street : this.units.within(DemoDistrict.DISTRICT, OrgLevel.STREET)) {
			String number = street.code().substring(DemoDistrict.DISTRICT.length());
			streetDesks.put(street.code(),
					street.code().equals(DemoDistrict.STREET) ? existing(DemoUser.STREET_DISPATCHER)
							: account("street" + number, street.name() + "分中心", street.code(), null, Role.DISPATCHER));
			residents.put(street.code(),
					account("resident" + number, "居民" + DemoRoster.name(random), street.code(), null, Role.RESIDENT));
		}
		Map<String, Handler> handlers = new HashMap<>();
		handlers.put("CG", new Handler(DemoDistrict.CITY_MANAGEMENT, existing(DemoUser.DEPARTMENT)));
		handlers.put("ZJ", new Handler(DemoDistrict.HOUSING, existing(DemoUser.DEPARTMENT_HOUSING)));
		handlers.put("SJ", new Handler(DemoDistrict.MARKET_REGULATION, existing(DemoUser.DEPARTMENT_MARKET)));
		for (String[] agency : AGENCIES) {
			String code = DemoDistrict.DISTRICT + "-" + agency[0];
			this.departments.createIfAbsent(new Department(code, agency[1], null, DemoDistrict.DISTRICT));
			handlers.put(agency[0], new Handler(code,
					account(agency[2], agency[1] + "处置员", DemoDistrict.DISTRICT, code, Role.DEPARTMENT)));
		}
		Map<String, PastActor> gridWorkers = new LinkedHashMap<>();
		for (OrgUnit grid : this.units.within(DemoDistrict.COMMUNITY, OrgLevel.GRID)) {
			String username = "grid" + Integer.parseInt(grid.code().substring(DemoDistrict.COMMUNITY.length()));
			this.accounts.idOf(username)
				.ifPresent((id) -> gridWorkers.put(grid.code(),
						new PastActor(id, grid.name() + "网格员", Set.of(Role.GRID_WORKER), grid.code(), null)));
		}
		return new Cast(districtDesk, streetDesks, residents, handlers, DemoDistrict.COMMUNITY,
				existing(DemoUser.COMMUNITY_WORKER), gridWorkers);
	}

	private PastActor existing(DemoUser user) {
		long id = this.accounts.idOf(user.username()).orElseThrow();
		return new PastActor(id, user.displayName(), Set.of(user.role()), user.orgCode(), user.departmentCode());
	}

	private PastActor account(String username, String displayName, String orgCode, String departmentCode, Role role) {
		this.accounts.createIfAbsent(new NewUser(username, DemoDistrict.PASSWORD, displayName, orgCode, departmentCode,
				Set.of(role), false));
		long id = this.accounts.idOf(username).orElseThrow();
		return new PastActor(id, displayName, Set.of(role), orgCode, departmentCode);
	}

}
