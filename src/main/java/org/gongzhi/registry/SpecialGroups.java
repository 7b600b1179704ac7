package org.gongzhi.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.identity.DataScope;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special groups (特殊人群): the administrator configures the types with their visit
 * frequency and risk level; workers enrol persons of their scope; each membership knows
 * when the next visit is due, so that overdue visits can be listed.
 */
@Service
class SpecialGroups {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Persons persons;

	private final RegistryAccess access;

	private final PersonHistory history;

	private final AuditLog audit;

	private final Clock clock;

	SpecialGroups(JdbcClient jdbc, Persons persons, RegistryAccess access, PersonHistory history, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.access = access;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<GroupType> types() {
		return this.jdbc.sql("select * from registry_group_type order by sort_order, code")
			.query((rs, row) -> new GroupType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getInt("visit_interval_days"), RiskLevel.valueOf(rs.getString("risk_level")),
					rs.getBoolean("active"), rs.getInt("sort_order")))
			.list();
	}

	/** One group type; 404 when there is none of that code. */
	@Transactional(readOnly = true)
	GroupType type(String code) {
		return types().stream()
			.filter((type) -> type.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("registry.group.unknown"));
	}

	/** Adds or changes a group type (administrator). */
	@Transactional
	GroupType save(String code, GroupTypeForm form) {
		if (!code.matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw new InvalidInputException("registry.group.bad-code");
		}
		int changed = this.jdbc
			.sql("update registry_group_type set name_zh = ?, name_en = ?, visit_interval_days = ?, risk_level = ?,"
					+ " active = ?, sort_order = ? where code = ?")
			.params(form.nameZh().strip(), form.nameEn().strip(), form.visitIntervalDays(), form.riskLevel().name(),
					form.active(), form.sortOrder(), code)
			.update();
		if (changed == 0) {
			this.jdbc
				.sql("insert into registry_group_type (code, name_zh, name_en, visit_interval_days, risk_level,"
						+ " active, sort_order) values (?, ?, ?, ?, ?, ?, ?)")
				.params(code, form.nameZh().strip(), form.nameEn().strip(), form.visitIntervalDays(),
						form.riskLevel().name(), form.active(), form.sortOrder())
				.update();
		}
		this.audit.record("REGISTRY_GROUP_SAVED", "registry-group:" + code, AuditEntry.Outcome.SUCCESS,
				"every " + form.visitIntervalDays() + " days, risk " + form.riskLevel());
		return types().stream().filter((type) -> type.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * Enrols a person of the caller's scope in a group; the first visit is due at once.
	 */
	@Transactional
	Membership enrol(long personId, String groupCode, LocalDate since) {
		PersonView person = this.persons.get(personId);
		GroupType type = types().stream()
			.filter((candidate) -> candidate.code().equals(groupCode) && candidate.active())
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("registry.group.unknown"));
		if (person.groups().contains(groupCode)) {
			throw new GongzhiException(HttpStatus.CONFLICT, "member-already", "registry.group.member-already");
		}
		LocalDate from = (since != null) ? since : today();
		this.jdbc
			.sql("insert into registry_group_member (person_id, group_code, org_code, since, next_visit_due,"
					+ " created_at) values (?, ?, ?, ?, ?, ?)")
			.params(personId, type.code(), person.orgCode(), Date.valueOf(from), Date.valueOf(today()),
					Timestamp.from(this.clock.instant()))
			.update();
		this.history.record(personId, person.orgCode(), PersonHistory.Kind.MERGED, "groups: + " + type.code());
		return memberships(personId).stream()
			.filter((membership) -> membership.groupCode().equals(type.code()))
			.findFirst()
			.orElseThrow();
	}

	/** Ends a person's membership of a group (today). */
	@Transactional
	void leave(long personId, String groupCode) {
		PersonView person = this.persons.get(personId);
		int ended = this.jdbc
			.sql("update registry_group_member set until = ? where person_id = ? and group_code = ? and until is null")
			.params(Date.valueOf(today()), personId, groupCode)
			.update();
		if (ended > 0) {
			this.history.record(personId, person.orgCode(), PersonHistory.Kind.MERGED, "groups: - " + groupCode);
		}
	}

	/** The current memberships of a person the caller may see. */
	@Transactional(readOnly = true)
	List<Membership> memberships(long personId) {
		this.persons.get(personId);
		return this.jdbc.sql(MEMBERS + " where m.person_id = ? and m.until is null order by t.sort_order")
			.param(personId)
			.query((rs, row) -> membership(rs))
			.list();
	}

	/**
	 * Members of the caller's scope (or an org unit in it, of a group if one is named)
	 * whose visit is overdue today, the longest overdue first.
	 */
	@Transactional(readOnly = true)
	List<Membership> overdue(String org, String group, int limit) {
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("m.org_code");
		StringBuilder sql = new StringBuilder(MEMBERS).append(" where ")
			.append(scope.sql())
			.append(" and m.until is null and m.next_visit_due < ?");
		List<Object> params = new ArrayList<>(scope.params());
		params.add(Date.valueOf(today()));
		if (org != null && !org.isBlank()) {
			sql.append(" and m.org_code like ?");
			params.add(org.strip() + "%");
		}
		if (group != null && !group.isBlank()) {
			sql.append(" and m.group_code = ?");
			params.add(group.strip());
		}
		sql.append(" order by m.next_visit_due, m.id fetch first ").append(Math.max(1, Math.min(limit, 500)));
		sql.append(" rows only");
		return this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> membership(rs)).list();
	}

	/** A visit on {@code day} moves the next due date of each of the person's groups. */
	void visited(long personId, LocalDate day) {
		for (Membership membership : this.jdbc.sql(MEMBERS + " where m.person_id = ? and m.until is null")
			.param(personId)
			.query((rs, row) -> membership(rs))
			.list()) {
			if (membership.lastVisitOn() != null && membership.lastVisitOn().isAfter(day)) {
				continue;
			}
			this.jdbc.sql("update registry_group_member set last_visit_on = ?, next_visit_due = ? where id = ?")
				.params(Date.valueOf(day), Date.valueOf(day.plusDays(membership.visitIntervalDays())), membership.id())
				.update();
		}
	}

	private static final String MEMBERS = "select m.*, t.visit_interval_days, t.risk_level, p.name person_name,"
			+ " ho.address from registry_group_member m join registry_group_type t on t.code = m.group_code"
			+ " join registry_person p on p.id = m.person_id"
			+ " left join registry_household hh on hh.id = p.household_id"
			+ " left join registry_house ho on ho.id = hh.house_id";

	private Membership membership(java.sql.ResultSet rs) throws java.sql.SQLException {
		LocalDate due = rs.getDate("next_visit_due").toLocalDate();
		long overdueDays = Math.max(0, ChronoUnit.DAYS.between(due, today()));
		return new Membership(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
				rs.getString("address"), rs.getString("group_code"), rs.getString("org_code"),
				rs.getDate("since").toLocalDate(), Persons.localDate(rs, "last_visit_on"), due,
				rs.getInt("visit_interval_days"), RiskLevel.valueOf(rs.getString("risk_level")), overdueDays);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), BEIJING);
	}

	/** A special group. */
	record GroupType(String code, String nameZh, String nameEn, int visitIntervalDays, RiskLevel riskLevel,
			boolean active, int sortOrder) {
	}

	/** A group as the administrator sets it. */
	record GroupTypeForm(@NotBlank @Size(max = 50) String nameZh, @NotBlank @Size(max = 80) String nameEn,
			@NotNull @Min(1) @Max(366) Integer visitIntervalDays, @NotNull RiskLevel riskLevel, boolean active,
			@Min(0) @Max(10000) int sortOrder) {
	}

	/**
	 * A person's membership of a group and its visit duty, with where the person lives.
	 */
	record Membership(long id, long personId, String personName, String address, String groupCode, String orgCode,
			LocalDate since, LocalDate lastVisitOn, LocalDate nextVisitDue, int visitIntervalDays, RiskLevel riskLevel,
			long overdueDays) {
	}

}
