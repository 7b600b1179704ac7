package org.gongzhi.cases;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.NewUser;
import org.gongzhi.identity.Role;
import org.gongzhi.identity.UserAccounts;
import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the case contracts share: API clients acting as the demo users (through API
 * tokens, so that moving the clock does not end their sessions), the application clock
 * placed on Beijing working days, points inside grids, and a {@link CaseFixture}.
 */
abstract class CaseTestSupport extends ApplicationTest {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** 桔蔷社区 of 三台子街道, 皇姑区: the demo community. */
	static final String COMMUNITY = "210105001002";

	/** A grid of 桔蔷社区. */
	static final String GRID = COMMUNITY + "003";

	/** 皇姑区城市管理局, where 乱贴广告 goes. */
	static final String CITY_MANAGEMENT = "210105-CG";

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	protected RecordedCaseEvents events;

	protected CaseFixture cases;

	@BeforeEach
	void fixture() {
		this.cases = new CaseFixture(this);
	}

	CaseClient as(DemoUser user) {
		return as(user.username());
	}

	CaseClient as(String username) {
		String token = "test-token-" + username;
		this.tokens.createIfAbsent(username, "test " + username, token);
		return new CaseClient("http://localhost:" + this.port, token);
	}

	/** A user the demo does not have, e.g. a grid worker of another community. */
	CaseClient newUser(String username, String orgCode, String departmentCode, Role role) {
		this.accounts.createIfAbsent(
				new NewUser(username, DemoUser.password(), username, orgCode, departmentCode, Set.of(role), false));
		return as(username);
	}

	long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	/** Puts the application clock at a Beijing time, e.g. {@code 2026-11-23T09:00}. */
	void at(String beijingTime) {
		this.clock.advance(
				Duration.between(this.clock.instant(), LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant()));
	}

	/** A point inside a grid (its label point). */
	double[] pointIn(String gridCode) {
		return this.jdbc.sql("select centroid_lat, centroid_lng from org_unit where code = ?")
			.param(gridCode)
			.query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
	}

}
