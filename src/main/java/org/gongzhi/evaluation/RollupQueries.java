package org.gongzhi.evaluation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongzhi.cases.CaseState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of rollup rows per group. Reads only the rollup tables: the rows without the
 * worker ({@code indicator_rollup_unit}, {@code indicator_closure_bucket_unit}) unless
 * the grouping is by worker. A query is one index range of a district's days (above a
 * district, of its districts' days).
 */
@Repository
class RollupQueries {

	/** The key of the single group when there is no grouping. */
	static final String ALL = "*";

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which rows to sum.
	 *
	 * @param org org unit code; rows of its subtree
	 * @param unit handling unit code (its subtree), {@code null} for all
	 * @param category category code prefix, {@code null} for all
	 * @param from first day
	 * @param to last day, inclusive
	 */
	record Filter(String org, String unit, String category, LocalDate from, LocalDate to) {

		/** The condition on the place, unit and category, and its parameters. */
		String placeCondition(List<Object> params) {
			StringBuilder sql = new StringBuilder();
			if (this.org.length() >= 6) {
				sql.append(" and district_code = ?");
				params.add(RollupKey.districtOf(this.org));
			}
			else {
				// the districts below: codes of digits that start with the org's code
				sql.append(" and district_code between ? and ?");
				params.add(this.org);
				params.add(this.org + "9".repeat(6 - this.org.length()));
			}
			sql.append(" and org_code like ?");
			params.add(this.org + "%");
			if (this.unit != null) {
				if (this.unit.chars().allMatch(Character::isDigit)) {
					// an org unit: units whose codes continue its code (its org units,
					// its departments)
					sql.append(" and unit_code like ?");
					params.add(this.unit + "%");
				}
				else {
					// departments: a child's code is its parent's code, a dash and more
					sql.append(" and (unit_code = ? or unit_code like ? escape '\\')");
					params.add(this.unit);
					params.add(escapeLike(this.unit) + "-%");
				}
			}
			if (this.category != null) {
				sql.append(" and category_code like ? escape '\\'");
				params.add(escapeLike(this.category) + "%");
			}
			return sql.toString();
		}

		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

	/**
	 * Counter sums per group, in {@link Counter} order.
	 * @param groupExpression a whitelisted SQL expression over the rollup's key columns,
	 * {@code null} for one group {@link #ALL}
	 * @param byWorker whether the expression needs the worker (only then are the rows per
	 * worker read)
	 */
	Map<String, long[]> counters(Filter filter, String groupExpression, boolean byWorker) {
		List<Object> params = periodParams(filter);
		String sums = Arrays.stream(Counter.values())
			.map((counter) -> "sum(" + counter.column() + ")")
			.collect(Collectors.joining(", "));
		String sql = "select " + keyColumn(groupExpression) + ", " + sums + " from "
				+ (byWorker ? "indicator_rollup" : "indicator_rollup_unit") + " where on_day between ? and ?"
				+ filter.placeCondition(params) + groupBy(groupExpression);
		Map<String, long[]> groups = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			long[] values = new long[Counter.COUNT];
			for (int i = 0; i < Counter.COUNT; i++) {
				values[i] = rs.getLong(i + 2);
			}
			groups.put(key(rs), values);
		});
		return groups;
	}

	/** Closures per duration bucket per group (see {@link #counters}). */
	Map<String, long[]> closureBuckets(Filter filter, String groupExpression, boolean byWorker) {
		List<Object> params = periodParams(filter);
		String sql = "select " + keyColumn(groupExpression) + ", bucket, sum(closures) from "
				+ (byWorker ? "indicator_closure_bucket" : "indicator_closure_bucket_unit")
				+ " where on_day between ? and ?" + filter.placeCondition(params)
				+ ((groupExpression != null) ? " group by " + groupExpression + ", bucket" : " group by bucket");
		Map<String, long[]> groups = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			groups.computeIfAbsent(key(rs), (k) -> new long[ClosureBuckets.count()])[rs.getInt(2)] += rs.getLong(3);
		});
		return groups;
	}

	/** Cases in each state now, per group (the period does not apply). */
	Map<String, Map<CaseState, Long>> states(Filter filter, String groupExpression) {
		List<Object> params = new ArrayList<>();
		String sql = "select " + keyColumn(groupExpression)
				+ ", state, sum(cases) from indicator_state_count where 1 = 1" + filter.placeCondition(params)
				+ ((groupExpression != null) ? " group by " + groupExpression + ", state" : " group by state");
		Map<String, Map<CaseState, Long>> groups = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			groups.computeIfAbsent(key(rs), (k) -> new EnumMap<>(CaseState.class))
				.put(CaseState.valueOf(rs.getString(2)), rs.getLong(3));
		});
		return groups;
	}

	/** Parameters of {@code on_day between ? and ?}, to be followed by the others. */
	private static List<Object> periodParams(Filter filter) {
		List<Object> params = new ArrayList<>();
		params.add(Date.valueOf(filter.from()));
		params.add(Date.valueOf(filter.to()));
		return params;
	}

	private static String keyColumn(String groupExpression) {
		return (groupExpression != null) ? groupExpression + " as group_key" : "'" + ALL + "' as group_key";
	}

	private static String groupBy(String groupExpression) {
		return (groupExpression != null) ? " group by " + groupExpression : "";
	}

	private static String key(ResultSet rs) throws SQLException {
		Object key = rs.getObject(1);
		if (key instanceof Date date) {
			return date.toLocalDate().toString();
		}
		return String.valueOf(key);
	}

}
