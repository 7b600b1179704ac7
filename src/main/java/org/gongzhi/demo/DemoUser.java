package org.gongzhi.demo;

import org.gongzhi.identity.Role;

/**
 * One demo login per role, listed in README. Display names are demo personas, not real
 * people.
 */
public enum DemoUser {

	ADMIN("admin", "系统管理员", DemoDistrict.DISTRICT, Role.ADMIN),
	STREET_ADMIN("streetadmin", "三台子街道系统管理员", DemoDistrict.STREET, Role.ADMIN),
	SECURITY_ADMIN("secadmin", "安全管理员", DemoDistrict.DISTRICT, Role.SECURITY_ADMIN),
	AUDITOR("auditor", "安全审计员", DemoDistrict.DISTRICT, Role.AUDITOR),
	LEADER("leader", "区领导", DemoDistrict.DISTRICT, Role.LEADER, null, "副区长"),
	DISPATCHER("dispatcher", "区指挥中心派遣员", DemoDistrict.DISTRICT, Role.DISPATCHER, null, "指挥中心值班长"),
	STREET_DISPATCHER("street", "三台子街道分中心", DemoDistrict.STREET, Role.DISPATCHER, null, "街道分中心派遣员"),
	COMMUNITY_WORKER("community", "桔蔷社区工作者", DemoDistrict.COMMUNITY, Role.COMMUNITY_WORKER, null, "社区主任"),
	PARTY_SECRETARY("secretary", "桔蔷社区党委书记", DemoDistrict.COMMUNITY, Role.PARTY_SECRETARY, null, "社区党委书记"),
	GRID_WORKER("grid", "桔蔷社区网格员", DemoDistrict.COMMUNITY, Role.GRID_WORKER, null, "网格长"),
	DEPARTMENT("department", "区城管局处置员", DemoDistrict.DISTRICT, Role.DEPARTMENT, DemoDistrict.CITY_MANAGEMENT, "执法队员"),
	DEPARTMENT_HOUSING("housing", "区住建局处置员", DemoDistrict.DISTRICT, Role.DEPARTMENT, DemoDistrict.HOUSING, "物业科科员"),
	DEPARTMENT_MARKET("market", "区市场监管局处置员", DemoDistrict.DISTRICT, Role.DEPARTMENT, DemoDistrict.MARKET_REGULATION,
			"市场监管所科员"),
	RESIDENT("resident", "居民", DemoDistrict.COMMUNITY, Role.RESIDENT);

	private final String username;

	private final String displayName;

	private final String orgCode;

	private final Role role;

	private final String departmentCode;

	private final String position;

	DemoUser(String username, String displayName, String orgCode, Role role) {
		this(username, displayName, orgCode, role, null, null);
	}

	DemoUser(String username, String displayName, String orgCode, Role role, String departmentCode, String position) {
		this.username = username;
		this.displayName = displayName;
		this.orgCode = orgCode;
		this.role = role;
		this.departmentCode = departmentCode;
		this.position = position;
	}

	/** The position of a working persona, else {@code null}. */
	public String position() {
		return this.position;
	}

	/**
	 * A made-up work mobile for a working persona (1380000 and the persona's number),
	 * else {@code null}.
	 */
	public String phone() {
		return (this.position != null) ? "1380000%04d".formatted(ordinal() + 1) : null;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String orgCode() {
		return this.orgCode;
	}

	public Role role() {
		return this.role;
	}

	/** The department of department staff, else {@code null}. */
	public String departmentCode() {
		return this.departmentCode;
	}

	public static DemoUser of(Role role) {
		for (DemoUser user : values()) {
			if (user.role == role) {
				return user;
			}
		}
		throw new IllegalArgumentException("no demo user for " + role);
	}

	public static String password() {
		return DemoDistrict.PASSWORD;
	}

}
