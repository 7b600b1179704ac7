package org.gongzhi.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.DataScope;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases of a place as map points, for command-center views: within the caller's
 * org scope, coloured by how far their running stage is through its time limit at this
 * moment (the SLA watch's yellow and red, without waiting for its next round). One query.
 */
@Service
@Transactional(readOnly = true)
public class OpenCasesMap {

	/** At most this many points: a map shows no more usefully. */
	public static final int MAX_POINTS = 5000;

	private final JdbcClient jdbc;

	private final CurrentScope scope;

	private final CategoryCatalog categories;

	private final Clock clock;

	OpenCasesMap(JdbcClient jdbc, CurrentScope scope, CategoryCatalog categories, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * The open cases located in the org unit (its subtree), the most overdue first; 404
	 * for an org unit outside the caller's scope.
	 */
	public List<OpenCase> within(String orgCode) {
		DataScope caller = this.scope.get();
		caller.requireVisible(orgCode);
		DataScope.SqlPredicate visible = caller.orgPredicate("c.org_code");
		// open: a stage runs; named stage by stage, so that the index on (stage,
		// org_code)
		// finds them among all the closed ones
		List<Object> params = new ArrayList<>(Arrays.stream(Stage.values()).map(Stage::name).toList());
		params.add(orgCode + "%");
		params.addAll(visible.params());
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("select c.id, c.number, c.lat, c.lng, c.category_code, c.state, c.stage_warn_at, c.stage_deadline"
					+ " from cases c where c.stage in ("
					+ String.join(", ", Collections.nCopies(Stage.values().length, "?"))
					+ ") and c.org_code like ? and " + visible.sql() + " order by c.stage_deadline, c.id fetch first "
					+ MAX_POINTS + " rows only")
			.params(params)
			.query((rs, row) -> new OpenCase(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
					rs.getString(5), CaseState.valueOf(rs.getString(6)),
					level(rs.getTimestamp(7), rs.getTimestamp(8), now)))
			.list();
	}

	/** The name of a category in the language asked for; 404 for an unknown code. */
	public String categoryName(String code, Locale locale) {
		return this.categories.find(code)
			.map((category) -> category.name(locale))
			.orElseThrow(() -> new NotFoundException("cases.category.not-found", code));
	}

	private static OverdueLevel level(Timestamp warnAt, Timestamp deadline, Instant now) {
		if (deadline != null && deadline.toInstant().isBefore(now)) {
			return OverdueLevel.RED;
		}
		return (warnAt != null && !warnAt.toInstant().isAfter(now)) ? OverdueLevel.YELLOW : null;
	}

}
