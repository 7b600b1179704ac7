package org.gongzhi.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.identity.NewUser;
import org.gongzhi.identity.Role;
import org.gongzhi.identity.UserAccounts;
import org.gongzhi.org.DivisionImporter;
import org.gongzhi.org.ImportSummary;
import org.gongzhi.org.GridDuty;
import org.gongzhi.org.GridStaffing;
import org.gongzhi.org.OrgGeography;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the demo district 沈阳市皇姑区 on first start: the real NBS divisions shipped in the
 * jar, then one demo user per role. Running again adds nothing that is already there.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDistrict implements ApplicationRunner {

	static final String DISTRICT = "210105";

	static final String STREET = "210105001";

	static final String COMMUNITY = "210105001002";

	/** 皇姑区城市管理局 and, below it, the 城管 squad of 三台子街道. */
	static final String CITY_MANAGEMENT = "210105-CG";

	static final String CITY_MANAGEMENT_SQUAD = "210105-CG-001";

	/** 皇姑区住房和城乡建设局 */
	static final String HOUSING = "210105-ZJ";

	/** 皇姑区市场监督管理局 */
	static final String MARKET_REGULATION = "210105-SJ";

	/**
	 * The demo API tokens, published in the README; they exist only in the demo profile.
	 */
	static final String DISPATCHER_TOKEN = "demo-dispatcher-210105";

	static final String LEADER_TOKEN = "demo-leader-210105";

	/** Seed of everything generated: the same seed gives the same district. */
	static final long SEED = 20261123L;

	/** Households of 皇姑区: about 820,000 people (2020 census) at 2.8 per household. */
	static final int HOUSEHOLDS = 290_000;

	/** The one password of every demo account; it exists only in the demo profile. */
	static final String PASSWORD = "Gongzhi@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

	private final DivisionImporter importer;

	private final OrgUnits units;

	private final UserAccounts accounts;

	private final Departments departments;

	private final ApiTokens tokens;

	private final OrgGeography geography;

	private final DemoRoster roster;

	private final GridStaffing staffing;

	DemoDistrict(DivisionImporter importer, OrgUnits units, UserAccounts accounts, Departments departments,
			ApiTokens tokens, OrgGeography geography, DemoRoster roster, GridStaffing staffing) {
		this.importer = importer;
		this.units = units;
		this.accounts = accounts;
		this.departments = departments;
		this.tokens = tokens;
		this.geography = geography;
		this.roster = roster;
		this.staffing = staffing;
	}

	/**
	 * One login per grid of 桔蔷社区 ({@code grid1}, {@code grid2}, …), each the grid worker
	 * of its grid on the roster, so a grid worker's own grid can be tried.
	 */
	private void gridWorkerLogins() {
		for (OrgUnit grid : this.units.within(COMMUNITY, OrgLevel.GRID)) {
			int number = Integer.parseInt(grid.code().substring(COMMUNITY.length()));
			String username = "grid" + number;
			String name = grid.name() + "网格员";
			this.accounts.createGridWorkerIfAbsent(grid.code(), username, name, PASSWORD, false);
			this.staffing.assign(grid.code(), "login:" + username, name, null, GridDuty.GRID_WORKER);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.units.find(COMMUNITY).isEmpty()) {
			ImportSummary summary = this.importer.importFrom("classpath:divisions/huanggu/", DISTRICT,
					(file, done, total, rate) -> log.info("Demo district: {} of {} division rows", done, total));
			log.info("Demo district: {} org units added", summary.added());
		}
		if (this.geography.generateDemoGrids(DISTRICT, SEED, HOUSEHOLDS)) {
			log.info("Demo district: {} grids generated, {} grid workers assigned",
					this.units.within(DISTRICT, OrgLevel.GRID).size(), this.roster.staff(DISTRICT, SEED));
		}
		this.departments.createIfAbsent(new Department(CITY_MANAGEMENT, "皇姑区城市管理局", null, DISTRICT));
		this.departments.createIfAbsent(new Department(CITY_MANAGEMENT_SQUAD, "三台子街道城管执法中队", CITY_MANAGEMENT, STREET));
		this.departments.createIfAbsent(new Department(HOUSING, "皇姑区住房和城乡建设局", null, DISTRICT));
		this.departments.createIfAbsent(new Department(MARKET_REGULATION, "皇姑区市场监督管理局", null, DISTRICT));
		int created = 0;
		for (DemoUser user : DemoUser.values()) {
			if (this.accounts.createIfAbsent(new NewUser(user.username(), PASSWORD, user.displayName(), user.orgCode(),
					user.departmentCode(), Set.of(user.role()), false, user.position(), user.phone()))) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Demo district: {} demo users created (see README for the logins)", created);
		}
		gridWorkerLogins();
		this.tokens.createIfAbsent(DemoUser.DISPATCHER.username(), "demo dispatcher integration", DISPATCHER_TOKEN);
		this.tokens.createIfAbsent(DemoUser.LEADER.username(), "demo leader dashboard", LEADER_TOKEN);
	}

}
