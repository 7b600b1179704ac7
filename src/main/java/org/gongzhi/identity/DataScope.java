package org.gongzhi.identity;

import java.util.List;
import java.util.regex.Pattern;

import org.gongzhi.shared.problem.NotFoundException;

/**
 * What one user may see: the subtree of an org unit (by code prefix, as every row that
 * belongs to a place carries its {@code org_code}) and, for department staff, the subtree
 * of their department (what is dispatched to it).
 *
 * @param orgCode code of the org unit at the top of the scope, {@code null} for nothing
 * @param departmentCode code of the department at the top of the department scope,
 * {@code null} for none
 */
public record DataScope(String orgCode, String departmentCode) {

	private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

	/** The scope of nobody: sees nothing. */
	public static DataScope none() {
		return new DataScope(null, null);
	}

	/** Whether the org unit (or a row carrying this org code) lies in this scope. */
	public boolean covers(String code) {
		return this.orgCode != null && code != null && code.startsWith(this.orgCode);
	}

	/** Whether the department lies in this scope's department subtree. */
	public boolean coversDepartment(String code) {
		return this.departmentCode != null && code != null && code.startsWith(this.departmentCode);
	}

	/**
	 * Throws a 404 problem unless the org code is in scope, so that data outside the
	 * scope cannot be told from missing data.
	 */
	public void requireVisible(String code) {
		requireVisible(code, "problem.detail.404");
	}

	/** Like {@link #requireVisible(String)} with a message of the caller's choice. */
	public void requireVisible(String code, String messageKey, Object... arguments) {
		if (!covers(code)) {
			throw new NotFoundException(messageKey, arguments);
		}
	}

	/**
	 * The SQL condition that keeps only rows of this scope, on a column holding an org
	 * code: {@code column like ?} with the code prefix as parameter, or a condition that
	 * is never true for a scope of nothing.
	 * @param column a plain column name, optionally qualified ({@code u.org_code})
	 */
	public SqlPredicate orgPredicate(String column) {
		return predicate(column, this.orgCode);
	}

	/** Like {@link #orgPredicate(String)} for a column holding a department code. */
	public SqlPredicate departmentPredicate(String column) {
		return predicate(column, this.departmentCode);
	}

	private static SqlPredicate predicate(String column, String prefix) {
		if (!COLUMN.matcher(column).matches()) {
			throw new IllegalArgumentException("not a column name: " + column);
		}
		if (prefix == null) {
			return new SqlPredicate("1 = 0", List.of());
		}
		return new SqlPredicate(column + " like ?", List.of(prefix + "%"));
	}

	/**
	 * A condition to put in a {@code where} clause, with its positional parameters.
	 *
	 * @param sql the condition
	 * @param params values for its {@code ?} placeholders, in order
	 */
	public record SqlPredicate(String sql, List<Object> params) {

		public SqlPredicate {
			params = List.copyOf(params);
		}

	}

}
