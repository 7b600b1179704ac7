package org.gongzhi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongzhi.identity.DataScope;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET requests}: cases as Open311 service requests, with the spec's public fields
 * only (never the reporter or their contact). Anyone sees the cases of public categories
 * (like the public map); a caller with an API token or a session sees, besides, the cases
 * in their sight ({@link CaseAccess}).
 */
@Service
@Transactional(readOnly = true)
class Open311Requests {

	/** Most requests one answer lists, as the spec's default. */
	static final int MAX = 1000;

	/** Span of a query without dates, as the spec's default. */
	static final Duration DEFAULT_SPAN = Duration.ofDays(90);

	/** Our states that Open311 calls closed; every other one is open. */
	static final Set<CaseState> CLOSED = EnumSet.of(CaseState.CLOSED, CaseState.EVALUATED, CaseState.REJECTED);

	private static final String COLUMNS = "c.id, c.number, c.state, c.category_code, c.category_version_id,"
			+ " c.unit_code, c.description, c.address, c.lat, c.lng, c.reported_at, c.handle_deadline,"
			+ " (select max(t.at) from case_timeline t where t.case_id = c.id) as updated_at, o.media_url";

	/**
	 * Public cases: reported in a public version of a category that is public still (a
	 * category made private takes its old cases off the public view), and that their
	 * reporter let be shown.
	 */
	private static final String PUBLIC = "(c.public_shown = true and exists (select 1 from case_category_version v"
			+ " where v.id = c.category_version_id and v.public_visible = true)"
			+ " and exists (select 1 from case_category_version v2 where v2.code = c.category_code"
			+ " and v2.is_current = true and v2.public_visible = true))";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CategoryCatalog categories;

	private final HandlingUnits units;

	private final Open311Writer writer;

	private final Clock clock;

	Open311Requests(JdbcClient jdbc, CaseAccess access, CategoryCatalog categories, HandlingUnits units,
			Open311Writer writer, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.categories = categories;
		this.units = units;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * The requests a query names, newest first, at most {@link #MAX}.
	 * @param caller the caller, {@code null} when anonymous
	 */
	List<Open311Body.Fields> find(Query query, Actor caller, Locale locale) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		visible(caller, conditions, params);
		if (!query.numbers().isEmpty()) {
			// the spec: with ids, the other parameters are ignored
			conditions.add("c.number in (" + marks(query.numbers().size()) + ")");
			params.addAll(query.numbers());
		}
		else {
			if (!query.serviceCodes().isEmpty()) {
				conditions.add("c.category_code in (" + marks(query.serviceCodes().size()) + ")");
				params.addAll(query.serviceCodes());
			}
			Instant start = (query.start() != null) ? query.start()
					: ((query.end() != null) ? query.end() : this.clock.instant()).minus(DEFAULT_SPAN);
			conditions.add("c.reported_at >= ?");
			params.add(Timestamp.from(start));
			if (query.end() != null) {
				conditions.add("c.reported_at <= ?");
				params.add(Timestamp.from(query.end()));
			}
			if (query.statuses().size() == 1) {
				List<String> closed = CLOSED.stream().map(Enum::name).toList();
				conditions.add("c.state " + (query.statuses().contains("closed") ? "" : "not ") + "in ("
						+ marks(closed.size()) + ")");
				params.addAll(closed);
			}
		}
		Map<String, String> unitNames = new HashMap<>();
		return this.jdbc
			.sql("select " + COLUMNS + " from cases c left join case_open311 o on o.case_id = c.id where "
					+ String.join(" and ", conditions) + " order by c.reported_at desc, c.id desc fetch first " + MAX
					+ " rows only")
			.params(params)
			.query((rs, row) -> request(rs, locale, unitNames))
			.list();
	}

	/** One request by its number, or a 404 if there is none the caller may see. */
	Open311Body.Fields get(String number, Actor caller, Locale locale) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		visible(caller, conditions, params);
		conditions.add("c.number = ?");
		params.add(number);
		return this.jdbc
			.sql("select " + COLUMNS + " from cases c left join case_open311 o on o.case_id = c.id where "
					+ String.join(" and ", conditions))
			.params(params)
			.query((rs, row) -> request(rs, locale, new HashMap<>()))
			.optional()
			.orElseThrow(() -> new NotFoundException("open311.error.request-not-found", number));
	}

	private void visible(Actor caller, List<String> conditions, List<Object> params) {
		if (caller == null) {
			conditions.add(PUBLIC);
			return;
		}
		DataScope.SqlPredicate sight = this.access.predicate(caller);
		conditions.add("(" + PUBLIC + " or " + sight.sql() + ")");
		params.addAll(sight.params());
	}

	private Open311Body.Fields request(ResultSet rs, Locale locale, Map<String, String> unitNames) throws SQLException {
		CaseState state = CaseState.valueOf(rs.getString("state"));
		CaseCategory category = this.categories.version(rs.getLong("category_version_id"));
		String unit = rs.getString("unit_code");
		return Open311Body.fields()
			.put("service_request_id", rs.getString("number"))
			.put("status", CLOSED.contains(state) ? "closed" : "open")
			.put("status_notes", this.writer.message("cases.state." + state.name(), null, locale))
			.put("service_name", category.name(locale))
			.put("service_code", rs.getString("category_code"))
			.put("description", rs.getString("description"))
			.put("agency_responsible", (unit != null) ? unitNames.computeIfAbsent(unit, this.units::name) : null)
			.put("service_notice", null)
			.put("requested_datetime", CaseStore.instant(rs, "reported_at"))
			.put("updated_datetime", CaseStore.instant(rs, "updated_at"))
			.put("expected_datetime", CaseStore.instant(rs, "handle_deadline"))
			.put("address", rs.getString("address"))
			.put("address_id", null)
			.put("zipcode", null)
			.put("lat", rs.getDouble("lat"))
			.put("long", rs.getDouble("lng"))
			.put("media_url", rs.getString("media_url"));
	}

	private static String marks(int count) {
		return "?, ".repeat(count - 1) + "?";
	}

	/**
	 * The parameters of {@code GET requests}.
	 *
	 * @param numbers {@code service_request_id}s; when given, the rest is ignored
	 * @param serviceCodes {@code service_code}s
	 * @param start requested on or after
	 * @param end requested on or before
	 * @param statuses {@code open} and/or {@code closed}; both when empty
	 */
	record Query(List<String> numbers, List<String> serviceCodes, Instant start, Instant end, Set<String> statuses) {

		/** Parses the spec's parameters: comma lists, W3C dates, open/closed. */
		static Query parse(String ids, String serviceCode, String startDate, String endDate, String status) {
			List<String> numbers = list(ids);
			if (numbers.size() > MAX) {
				throw new InvalidInputException("open311.error.too-many-ids", MAX);
			}
			List<String> statuses = list(status).stream().map((one) -> one.toLowerCase(Locale.ROOT)).toList();
			if (!Set.of("open", "closed").containsAll(statuses)) {
				throw new InvalidInputException("open311.error.bad-status");
			}
			Instant start = date("start_date", startDate, false);
			Instant end = date("end_date", endDate, true);
			if (start != null && end != null && end.isBefore(start)) {
				throw new InvalidInputException("open311.error.bad-range");
			}
			return new Query(numbers, list(serviceCode), start, end, Set.copyOf(statuses));
		}

		private static List<String> list(String text) {
			if (text == null || text.isBlank()) {
				return List.of();
			}
			return Arrays.stream(text.split(",")).map(String::strip).filter((one) -> !one.isEmpty()).toList();
		}

		/**
		 * A W3C date and time with its offset ({@code 2026-11-23T09:00:00+08:00}, or
		 * {@code Z}); a bare date is taken as that Beijing day, from its start or to its
		 * end.
		 */
		private static Instant date(String name, String text, boolean endOfDay) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String value = text.strip();
			try {
				if (value.length() == 10) {
					LocalDate day = LocalDate.parse(value);
					return (endOfDay ? day.plusDays(1) : day).atStartOfDay(CaseNumbers.ZONE)
						.toInstant()
						.minusNanos(endOfDay ? 1000 : 0);
				}
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("open311.error.bad-date", name);
			}
		}

	}

}
