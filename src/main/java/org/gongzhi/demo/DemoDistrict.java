package org.gongzhi.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.NewUser;
import org.gongzhi.identity.Role;
import org.gongzhi.identity.UserAccounts;
import org.gongzhi.org.DivisionImporter;
import org.gongzhi.org.ImportSummary;
import org.gongzhi.org.OrgGeography;
import org.gongzhi.org.OrgLevel;
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

	/** Seed of everything generated: the same seed gives the same district. */
	static final long SEED = 20261123L;

	/** Households of 皇姑区, about 820,000 people (2020 census) at 2.8 per household. */
	static final int HOUSEHOLDS = 290_000;

	/** The one password of every demo account; it exists only in the demo profile. */
	static final String PASSWORD = "Gongzhi@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

	private final DivisionImporter importer;

	private final OrgUnits units;

	private final UserAccounts accounts;

	private final OrgGeography geography;

	private final DemoRoster roster;

	DemoDistrict(DivisionImporter importer, OrgUnits units, UserAccounts accounts, OrgGeography geography,
			DemoRoster roster) {
		this.importer = importer;
		this.units = units;
		this.accounts = accounts;
		this.geography = geography;
		this.roster = roster;
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
		int created = 0;
		for (DemoUser user : DemoUser.values()) {
			if (this.accounts.createIfAbsent(new NewUser(user.username(), PASSWORD, user.displayName(), user.orgCode(),
					Set.of(user.role()), false))) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Demo district: {} demo users created (see README for the logins)", created);
		}
	}

}
