package org.gongzhi.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongzhi.org.OrgUnits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases anyone may see, like FixMyStreet's "around" page: cases of public categories
 * whose reporter let them be shown, with what describes the problem and its place only —
 * never the reporter, the description they wrote (it may name people), the photos or the
 * names on the timeline. Points are rounded to about ten metres.
 */
@Service
@Transactional(readOnly = true)
class PublicCases {

	/** Most cases one page shows on its map and list. */
	static final int MAX = 300;

	private static final String PUBLIC = "c.public_shown = true and c.merged_into_id is null"
			+ " and exists (select 1 from case_category_version v where v.id = c.category_version_id"
			+ " and v.public_visible = true)"
			+ " and exists (select 1 from case_category_version v2 where v2.code = c.category_code"
			+ " and v2.is_current = true and v2.public_visible = true)";

	private final JdbcClient jdbc;

	private final CategoryCatalog categories;

	private final OrgUnits orgUnits;

	private final Clock clock;

	PublicCases(JdbcClient jdbc, CategoryCatalog categories, OrgUnits orgUnits, Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	/** The public cases a filter names, newest first, at most {@link #MAX}. */
	List<PublicCase> find(Filter filter, Locale locale) {
		List<String> conditions = new ArrayList<>(List.of(PUBLIC));
		List<Object> params = new ArrayList<>();
		conditions.add("c.reported_at >= ?");
		params.add(Timestamp.from(this.clock.instant().minus(Duration.ofDays(filter.days()))));
		if (filter.category() != null && !filter.category().isBlank()) {
			conditions.add("c.category_code like ?");
			params.add(filter.category().replaceAll("[^A-Za-z0-9]", "") + "%");
		}
		List<String> closed = Open311Requests.CLOSED.stream().map(Enum::name).toList();
		if (filter.status() == Status.OPEN || filter.status() == Status.CLOSED) {
			conditions.add("c.state " + ((filter.status() == Status.OPEN) ? "not " : "") + "in (?, ?, ?)");
			params.addAll(closed);
		}
		Map<String, String> communities = new HashMap<>();
		return this.jdbc
			.sql("select c.number, c.state, c.category_version_id, c.org_code, c.lat, c.lng, c.reported_at,"
					+ " c.closed_at from cases c where " + String.join(" and ", conditions)
					+ " order by c.reported_at desc, c.id desc fetch first " + MAX + " rows only")
			.params(params)
			.query((rs, row) -> {
				CaseCategory category = this.categories.version(rs.getLong("category_version_id"));
				String orgCode = rs.getString("org_code");
				String community = (orgCode.length() >= 12) ? orgCode.substring(0, 12) : orgCode;
				return new PublicCase(rs.getString("number"), CaseState.valueOf(rs.getString("state")), category.code(),
						category.name(locale), rounded(rs.getDouble("lat")), rounded(rs.getDouble("lng")),
						communities.computeIfAbsent(community, this.orgUnits::nameOf),
						CaseStore.instant(rs, "reported_at"), CaseStore.instant(rs, "closed_at"));
			})
			.list();
	}

	private static double rounded(double degrees) {
		return Math.round(degrees * 10_000) / 10_000.0;
	}

	/**
	 * Which cases: a category or major class, open or closed ones, reported in the last
	 * days.
	 */
	record Filter(String category, Status status, int days) {

		Filter {
			status = (status != null) ? status : Status.ALL;
			days = (days == 7 || days == 30 || days == 90 || days == 365) ? days : 30;
		}

	}

	/** Open, closed or every case. */
	enum Status {

		ALL, OPEN, CLOSED

	}

	/**
	 * A case as the public sees it.
	 *
	 * @param number readable number
	 * @param state state
	 * @param categoryCode category
	 * @param categoryName its name
	 * @param lat WGS-84 latitude, rounded to 4 decimals
	 * @param lng WGS-84 longitude, rounded to 4 decimals
	 * @param communityName the community it lies in
	 * @param reportedAt when it was reported
	 * @param closedAt when it was closed, if it was
	 */
	record PublicCase(String number, CaseState state, String categoryCode, String categoryName, double lat, double lng,
			String communityName, Instant reportedAt, Instant closedAt) {

		boolean open() {
			return !Open311Requests.CLOSED.contains(this.state);
		}

	}

}
