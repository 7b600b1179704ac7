package org.gongzhi.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserStore {

	private final JdbcClient jdbc;

	UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored account row; roles are loaded separately. */
	record Account(long id, String username, String passwordHash, String displayName, String orgCode, boolean enabled) {
	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc
			.sql("select id, username, password_hash, display_name, org_code, enabled from app_user where username = ?")
			.param(username)
			.query((rs, row) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6)))
			.optional();
	}

	Set<Role> roles(long userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.sql("select role from app_user_role where user_id = ?")
			.param(userId)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(Role.valueOf(role)));
		return roles;
	}

	long insert(NewUser user, String passwordHash, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(
				"insert into app_user (username, password_hash, display_name, org_code, must_change_password, created_at)"
						+ " values (?, ?, ?, ?, ?, ?)")
			.params(user.username(), passwordHash, user.displayName(), user.orgCode(), user.mustChangePassword(),
					Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (Role role : user.roles()) {
			this.jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		return id;
	}

}
