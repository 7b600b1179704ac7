package org.gongzhi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree of functional departments. A DEPARTMENT user belongs to one; their department
 * scope is its subtree.
 */
@Service
@Transactional(readOnly = true)
public class Departments {

	private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{1,31}");

	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	private final Clock clock;

	Departments(JdbcClient jdbc, OrgUnits orgUnits, Clock clock) {
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	/**
	 * Adds the department unless one with its code exists; returns whether it was added.
	 * A child's code must extend its parent's.
	 */
	@Transactional
	public boolean createIfAbsent(Department department) {
		if (find(department.code()).isPresent()) {
			return false;
		}
		insert(department);
		return true;
	}

	/** Adds a department; a 409 problem if its code is taken. */
	@Transactional
	void create(Department department) {
		if (find(department.code()).isPresent()) {
			throw new ConflictException("identity.department.code-taken", department.code());
		}
		insert(department);
	}

	private void insert(Department department) {
		if (!CODE.matcher(department.code()).matches()) {
			throw new InvalidInputException("identity.department.bad-code", department.code());
		}
		if (department.parentCode() != null && (!department.code().startsWith(department.parentCode() + "-")
				|| find(department.parentCode()).isEmpty())) {
			throw new InvalidInputException("identity.department.bad-parent", department.parentCode());
		}
		this.orgUnits.get(department.orgCode());
		this.jdbc.sql("insert into department (code, name, parent_code, org_code, created_at) values (?, ?, ?, ?, ?)")
			.params(department.code(), department.name(), department.parentCode(), department.orgCode(),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	public Optional<Department> find(String code) {
		return this.jdbc.sql("select code, name, parent_code, org_code from department where code = ?")
			.param(code)
			.query(Department.class)
			.optional();
	}

	/** The department, or a 404 problem naming the code. */
	public Department get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("identity.department.not-found", code));
	}

	/** Every department, parents before their children. */
	public List<Department> all() {
		return this.jdbc.sql("select code, name, parent_code, org_code from department order by code")
			.query(Department.class)
			.list();
	}

}
