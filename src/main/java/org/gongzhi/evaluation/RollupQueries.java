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
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongzhi.cases.CaseState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of rollup rows per group. Reads only the rollup tables: the rows of an
 * {@link Area} where one answers the report, else the rows without the worker
 * ({@code indicator_rollup_unit}, {@code indicator_closure_bucket_unit}) unless the
 * grouping is by worker. A query is one index range of a district's days (above a
 * district, of its districts' days), or of an area's.
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
	 * @param groupBy the grouping (periods by day); {@link GroupBy#NONE} for one group
	 * {@link #ALL}
	 */
	Map<String, long[]> counters(Filter filter, GroupBy groupBy) {
		String expression = GroupExpressions.of(groupBy);
		List<Object> params = new ArrayList<>();
		String sums = Arrays.stream(Counter.values())
			.map((counter) -> "sum(" + counter.column() + ")")
			.collect(Collectors.joining(", "));
		String sql = "select " + keyColumn(expression) + ", " + sums + " from "
				+ source(filter, groupBy, "indicator_rollup", "indicator_rollup_unit", "indicator_rollup_area", params)
				+ period(filter, params) + filter.placeCondition(params) + groupBy(expression);
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
	Map<String, long[]> closureBuckets(Filter filter, GroupBy groupBy) {
		String expression = GroupExpressions.of(groupBy);
		List<Object> params = new ArrayList<>();
		String sql = "select " + keyColumn(expression) + ", bucket, sum(closures) from "
				+ source(filter, groupBy, "indicator_closure_bucket", "indicator_closure_bucket_unit",
						"indicator_closure_bucket_area", params)
				+ period(filter, params) + filter.placeCondition(params)
				+ ((expression != null) ? " group by " + expression + ", bucket" : " group by bucket");
		Map<String, long[]> groups = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			groups.computeIfAbsent(key(rs), (k) -> new long[ClosureBuckets.count()])[rs.getInt(2)] += rs.getLong(3);
		});
		return groups;
	}

	/**
	 * Cases in each state now, per group (the period does not apply).
	 * @param groupBy a grouping with states ({@link GroupExpressions#hasStates}), or
	 * {@link GroupBy#NONE}
	 */
	Map<String, Map<CaseState, Long>> states(Filter filter, GroupBy groupBy) {
		String expression = GroupExpressions.of(groupBy);
		List<Object> params = new ArrayList<>();
		String sql = "select " + keyColumn(expression) + ", state, sum(cases) from "
				+ source(filter, groupBy, null, "indicator_state_count", "indicator_state_area", params)
				+ filter.placeCondition(params)
				+ ((expression != null) ? " group by " + expression + ", state" : " group by state");
		Map<String, Map<CaseState, Long>> groups = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			groups.computeIfAbsent(key(rs), (k) -> new EnumMap<>(CaseState.class))
				.put(CaseState.valueOf(rs.getString(2)), rs.getLong(3));
		});
		return groups;
	}

	/**
	 * The table to read and the condition on its kind of rows ({@code from … where …}):
	 * the rows of the smallest {@link Area} that answers the report exactly, else the
	 * rows without the worker, or with it for a grouping by worker.
	 */
	private static String source(Filter filter, GroupBy groupBy, String byWorker, String withoutWorker, String ofArea,
			List<Object> params) {
		if (groupBy == GroupBy.WORKER) {
			return byWorker + " where 1 = 1";
		}
		Optional<Area> area = Area.answering(filter.org(), filter.unit(), filter.category(), groupBy);
		if (area.isEmpty()) {
			return withoutWorker + " where 1 = 1";
		}
		params.add(area.get().level().codeLength());
		params.add(area.get().breakdown().name());
		return ofArea + " where org_level = ? and breakdown = ?";
	}

	/** The condition on the days, its parameters added. */
	private static String period(Filter filter, List<Object> params) {
		params.add(Date.valueOf(filter.from()));
		params.add(Date.valueOf(filter.to()));
		return " and on_day between ? and ?";
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
