package org.gongzhi.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserStore {

	private final TokenUserCache tokenUsers;

	private static final String COLUMNS = "id, username, password_hash, display_name, org_code, department_code, enabled,"
			+ " must_change_password, password_changed_at, last_login_at, position, phone_cipher";

	private final JdbcClient jdbc;

	UserStore(JdbcClient jdbc, TokenUserCache tokenUsers) {
		this.tokenUsers = tokenUsers;
		this.jdbc = jdbc;
	}

	/** The stored account row; roles are loaded separately. */
	record Account(long id, String username, String passwordHash, String displayName, String orgCode,
			String departmentCode, boolean enabled, boolean mustChangePassword, Instant passwordChangedAt,
			Instant lastLoginAt, String position, String phoneCipher) {

		@Override
		public String toString() {
			return "Account[" + this.id + ", " + this.username + "]";
		}

	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
			.param(username)
			.query(UserStore::account)
			.optional();
	}

	Optional<Account> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
			.param(id)
			.query(UserStore::account)
			.optional();
	}

	/**
	 * Accounts whose org code matches the scope, optionally filtered by a text in the
	 * username or display name, ordered by username.
	 */
	List<Account> list(DataScope.SqlPredicate scope, String text, int limit) {
		List<Object> params = new ArrayList<>(scope.params());
		String sql = "select " + COLUMNS + " from app_user where " + scope.sql();
		if (text != null && !text.isBlank()) {
			sql += " and (lower(username) like ? or lower(display_name) like ?)";
			String pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
			params.add(pattern);
			params.add(pattern);
		}
		return this.jdbc.sql(sql + " order by username fetch first " + limit + " rows only")
			.params(params)
			.query(UserStore::account)
			.list();
	}

	/**
	 * Accounts with a role other than RESIDENT whose org code matches the scope,
	 * optionally filtered by a text in the display name or position, ordered by org unit
	 * and name.
	 */
	List<Account> listStaff(DataScope.SqlPredicate scope, String text, int limit) {
		List<Object> params = new ArrayList<>(scope.params());
		String sql = "select " + COLUMNS + " from app_user u where " + scope.sql() + " and enabled = true"
				+ " and exists (select 1 from app_user_role r where r.user_id = u.id and r.role <> 'RESIDENT')";
		if (text != null && !text.isBlank()) {
			sql += " and (lower(display_name) like ? or lower(coalesce(position, '')) like ?)";
			String pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
			params.add(pattern);
			params.add(pattern);
		}
		return this.jdbc.sql(sql + " order by org_code, display_name fetch first " + limit + " rows only")
			.params(params)
			.query(UserStore::account)
			.list();
	}

	/** The roles of several accounts in one query. */
	Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
		Map<Long, Set<Role>> roles = new HashMap<>();
		if (userIds.isEmpty()) {
			return roles;
		}
		String marks = String.join(", ", Collections.nCopies(userIds.size(), "?"));
		this.jdbc.sql("select user_id, role from app_user_role where user_id in (" + marks + ")")
			.params(new ArrayList<>(userIds))
			.query((rs, row) -> roles.computeIfAbsent(rs.getLong(1), (id) -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString(2))))
			.list();
		return roles;
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

	long insert(NewUser user, String passwordHash, String phoneCipher, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into app_user (username, password_hash, display_name, org_code, department_code,"
					+ " must_change_password, password_changed_at, created_at, position, phone_cipher)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(user.username(), passwordHash, user.displayName(), user.orgCode(), user.departmentCode(),
					user.mustChangePassword(), Timestamp.from(now), Timestamp.from(now), user.position(), phoneCipher)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (Role role : user.roles()) {
			this.jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		return id;
	}

	/**
	 * Stores a new password hash, keeping the old one in the history.
	 * @param mustChange whether the next sign-in must change it again (a reset)
	 */
	void updatePassword(long id, String oldHash, String newHash, boolean mustChange, Instant now) {
		this.tokenUsers.clear();
		this.jdbc.sql("insert into password_history (user_id, password_hash, changed_at) values (?, ?, ?)")
			.params(id, oldHash, Timestamp.from(now))
			.update();
		this.jdbc
			.sql("update app_user set password_hash = ?, must_change_password = ?, password_changed_at = ?"
					+ " where id = ?")
			.params(newHash, mustChange, Timestamp.from(now), id)
			.update();
	}

	/** The most recent earlier password hashes, newest first. */
	List<String> previousHashes(long id, int count) {
		return this.jdbc
			.sql("select password_hash from password_history where user_id = ? order by changed_at desc"
					+ " fetch first " + count + " rows only")
			.param(id)
			.query(String.class)
			.list();
	}

	void update(long id, String displayName, String orgCode, String departmentCode, String position) {
		this.tokenUsers.clear();
		this.jdbc
			.sql("update app_user set display_name = ?, org_code = ?, department_code = ?, position = ? where id = ?")
			.params(displayName, orgCode, departmentCode, position, id)
			.update();
	}

	void updatePhone(long id, String phoneCipher) {
		this.jdbc.sql("update app_user set phone_cipher = ? where id = ?").params(phoneCipher, id).update();
	}

	void replaceRoles(long id, Set<Role> roles) {
		this.tokenUsers.clear();
		this.jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
		for (Role role : roles) {
			this.jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	void setEnabled(long id, boolean enabled) {
		this.tokenUsers.clear();
		this.jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	/** Records a sign-in; the one before it moves to the previous columns. */
	void recordLogin(long id, Instant now, String place) {
		this.jdbc
			.sql("update app_user set previous_login_at = last_login_at, previous_login_ip = last_login_ip,"
					+ " last_login_at = ?, last_login_ip = ? where id = ?")
			.params(Timestamp.from(now), place, id)
			.update();
	}

	Optional<LoginRecord> previousLogin(long id) {
		return this.jdbc.sql("select previous_login_at, previous_login_ip from app_user where id = ?")
			.param(id)
			.query((rs, row) -> (rs.getTimestamp(1) != null)
					? new LoginRecord(rs.getTimestamp(1).toInstant(), rs.getString(2)) : null)
			.optional();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), rs.getString("org_code"), rs.getString("department_code"),
				rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
				instant(rs.getTimestamp("password_changed_at")), instant(rs.getTimestamp("last_login_at")),
				rs.getString("position"), rs.getString("phone_cipher"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
