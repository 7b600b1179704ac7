package org.gongzhi.cases;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongzhi.identity.DataScope;
import org.gongzhi.identity.Role;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cases within the caller's sight: filtered, ordered and paged by keyset (the
 * cursor names the last row shown, so a page costs the same wherever it is), and open
 * cases near a point for duplicate suggestions.
 */
@Service
@Transactional(readOnly = true)
class CaseQueries {

	private static final String COLUMNS = "c.id, c.number, c.state, c.category_version_id, c.priority, c.org_code,"
			+ " c.address, c.description, c.unit_code, c.lat, c.lng, c.reported_at, c.stage, c.stage_warn_at,"
			+ " c.stage_deadline, c.self_handled, c.rework_count, c.late, c.version";

	private static final Set<String> SORTS = Set.of("reportedAt", "-reportedAt", "deadline", "-deadline");

	private static final String OPEN = "c.state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED')";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CategoryCatalog categories;

	private final Clock clock;

	CaseQueries(JdbcClient jdbc, CaseAccess access, CategoryCatalog categories, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.categories = categories;
		this.clock = clock;
	}

	CasePage list(CaseFilter filter, Actor actor) {
		if (!SORTS.contains(filter.sort())) {
			throw new InvalidInputException("cases.list.bad-sort", filter.sort());
		}
		Instant now = this.clock.instant();
		boolean byDeadline = filter.sort().endsWith("deadline");
		boolean descending = filter.sort().startsWith("-");
		String key = byDeadline ? "c.stage_deadline" : "c.reported_at";
		Where where = new Where();
		DataScope.SqlPredicate scope = this.access.predicate(actor);
		where.add(scope.sql(), scope.params().toArray());
		if (!filter.states().isEmpty()) {
			where.add("c.state in (" + "?, ".repeat(filter.states().size() - 1) + "?)",
					filter.states().stream().map(Enum::name).toArray());
		}
		prefix(where, "c.category_code", filter.category());
		prefix(where, "c.org_code", filter.org());
		prefix(where, "c.unit_code", filter.unit());
		if (filter.overdue() == OverdueLevel.RED) {
			where.add("c.stage_deadline < ?", Timestamp.from(now));
		}
		else if (filter.overdue() == OverdueLevel.YELLOW) {
			where.add("c.stage_warn_at <= ? and c.stage_deadline >= ?", Timestamp.from(now), Timestamp.from(now));
		}
		if (filter.reporterUserId() != null) {
			where.add("c.reporter_user_id = ?", filter.reporterUserId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			String like = "%" + escape(filter.text().strip()) + "%";
			where.add("(c.number = ? or c.description like ? escape '\\' or c.address like ? escape '\\')",
					filter.text().strip(), like, like);
		}
		if (filter.from() != null) {
			where.add("c.reported_at >= ?", Timestamp.from(filter.from().atStartOfDay(CaseNumbers.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.add("c.reported_at < ?",
					Timestamp.from(filter.to().plusDays(1).atStartOfDay(CaseNumbers.ZONE).toInstant()));
		}
		if (byDeadline) {
			where.add("c.stage_deadline is not null");
		}
		if (filter.cursor() != null && !filter.cursor().isBlank()) {
			Cursor after = Cursor.parse(filter.cursor());
			String op = descending ? "<" : ">";
			where.add("(" + key + " " + op + " ? or (" + key + " = ? and c.id " + op + " ?))",
					Timestamp.from(after.at()), Timestamp.from(after.at()), after.id());
		}
		String direction = descending ? " desc" : "";
		String sql = "select " + COLUMNS + " from cases c where " + where.sql() + " order by " + key + direction
				+ ", c.id" + direction + " fetch first " + (filter.limit() + 1) + " rows only";
		Locale locale = LocaleContextHolder.getLocale();
		List<CaseSummary> rows = this.jdbc.sql(sql)
			.params(where.params())
			.query((rs, row) -> summary(rs, now, locale))
			.list();
		boolean more = rows.size() > filter.limit();
		List<CaseSummary> page = more ? rows.subList(0, filter.limit()) : rows;
		String next = null;
		if (more) {
			CaseSummary last = page.get(page.size() - 1);
			next = new Cursor(byDeadline ? last.stageDeadline() : last.reportedAt(), last.id()).encode();
		}
		return new CasePage(List.copyOf(page), next);
	}

	/**
	 * Cases within the caller's sight whose unit asks for a later handle deadline, the
	 * oldest request first.
	 */
	List<PendingExtension> pendingExtensions(Actor actor, int limit) {
		DataScope.SqlPredicate scope = this.access.predicate(actor);
		Instant now = this.clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		return this.jdbc
			.sql("select " + COLUMNS + ", e.id as extension_id, e.requested_at, e.requested_by_name, e.reason,"
					+ " e.requested_deadline from cases c join case_extension e on e.case_id = c.id"
					+ " where e.decision is null and " + OPEN + " and " + scope.sql()
					+ " order by e.requested_at, e.id fetch first " + Math.max(1, Math.min(limit, 100)) + " rows only")
			.params(scope.params())
			.query((rs, row) -> new PendingExtension(summary(rs, now, locale), rs.getLong("extension_id"),
					CaseStore.instant(rs, "requested_at"), rs.getString("requested_by_name"), rs.getString("reason"),
					CaseStore.instant(rs, "requested_deadline")))
			.list();
	}

	/**
	 * Open cases within {@code radius} metres of a WGS-84 point, nearest first: a
	 * bounding box on the indexed coordinates, then the exact distance. Staff see those
	 * in their sight; residents see those of public categories their reporters let be
	 * shown, without description.
	 */
	List<NearbyCase> nearby(double lat, double lng, String categoryCode, int radius, Actor actor) {
		double dLat = Coordinates.latDegrees(radius);
		double dLng = Coordinates.lngDegrees(radius, lat);
		Where where = new Where();
		where.add("c.lat between ? and ? and c.lng between ? and ?", lat - dLat, lat + dLat, lng - dLng, lng + dLng);
		where.add(OPEN);
		where.add("c.merged_into_id is null");
		if (categoryCode != null && !categoryCode.isBlank()) {
			where.add("c.category_code = ?", categoryCode);
		}
		boolean staff = actor.isStaff();
		if (staff) {
			DataScope.SqlPredicate scope = this.access.predicate(actor);
			where.add(scope.sql(), scope.params().toArray());
		}
		else {
			where.add("c.public_shown = true");
		}
		Instant now = this.clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		return this.jdbc.sql("select " + COLUMNS + " from cases c where " + where.sql() + " fetch first 200 rows only")
			.params(where.params())
			.query((rs, row) -> summary(rs, now, locale))
			.list()
			.stream()
			.filter((found) -> staff || actor.has(Role.RESIDENT) && found.publicVisible())
			.map((found) -> new NearbyCase(found.id(), found.number(), found.state(), found.categoryCode(),
					found.categoryName(), found.lat(), found.lng(),
					Math.round(Coordinates.distanceMetres(lat, lng, found.lat(), found.lng())), found.reportedAt(),
					staff ? found.address() : null, staff ? found.description() : null))
			.filter((found) -> found.distanceMetres() <= radius)
			.sorted(Comparator.comparingLong(NearbyCase::distanceMetres))
			.limit(20)
			.toList();
	}

	/**
	 * Of the given handled cases, those the user has nothing to verify in: verified
	 * already, or handled by the user (another person must verify).
	 */
	Set<Long> notToVerifyBy(Collection<Long> ids, long userId) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select id from cases where id in (:ids) and (verified = true or handled_by = :user)")
					.param("ids", ids)
					.param("user", userId)
					.query(Long.class)
					.list());
	}

	private CaseSummary summary(ResultSet rs, Instant now, Locale locale) throws SQLException {
		CaseCategory category = this.categories.version(rs.getLong("category_version_id"));
		Instant warn = CaseStore.instant(rs, "stage_warn_at");
		Instant deadline = CaseStore.instant(rs, "stage_deadline");
		String stage = rs.getString("stage");
		return new CaseSummary(rs.getLong("id"), rs.getString("number"), CaseState.valueOf(rs.getString("state")),
				category.code(), category.name(locale), category.publicVisible(),
				Priority.valueOf(rs.getString("priority")), rs.getString("org_code"), rs.getString("address"),
				rs.getString("description"), rs.getString("unit_code"), rs.getDouble("lat"), rs.getDouble("lng"),
				CaseStore.instant(rs, "reported_at"), (stage != null) ? Stage.valueOf(stage) : null, deadline,
				SlaClocks.level(warn, deadline, now), rs.getBoolean("self_handled"), rs.getInt("rework_count"),
				rs.getBoolean("late"), rs.getInt("version"));
	}

	private static void prefix(Where where, String column, String prefix) {
		if (prefix != null && !prefix.isBlank()) {
			where.add(column + " like ? escape '\\'", escape(prefix.strip()) + "%");
		}
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Conditions joined by {@code and}, with their parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<Object> params = new ArrayList<>();

		void add(String condition, Object... values) {
			this.conditions.add(condition);
			this.params.addAll(List.of(values));
		}

		String sql() {
			return String.join(" and ", this.conditions);
		}

		List<Object> params() {
			return this.params;
		}

	}

	/** The last row of a page: its sort value and id. */
	record Cursor(Instant at, long id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.at + "|" + this.id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor parse(String text) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
				return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
			}
			catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException ex) {
				throw new InvalidInputException("cases.list.bad-cursor");
			}
		}

	}

}
