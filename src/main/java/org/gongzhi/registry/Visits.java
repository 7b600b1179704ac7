package org.gongzhi.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.cases.CaseReports;
import org.gongzhi.files.Attachment;
import org.gongzhi.files.AttachmentAccess;
import org.gongzhi.files.Attachments;
import org.gongzhi.identity.DataScope;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home visits (入户走访): who visited whom, when, where (GPS), what they found, with photos
 * ({@code POST /api/files} first); a visit moves the person's next due visits. A finding
 * becomes a case with one call, through the cases module's {@link CaseReports}.
 */
@Service
class Visits implements AttachmentAccess {

	static final String OWNER = "registry-visit";

	/** 困难群众求助: where a finding goes unless the worker picks another category. */
	static final String DEFAULT_CATEGORY = "ZL0304";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Persons persons;

	private final Houses houses;

	private final SpecialGroups groups;

	private final RegistryAccess access;

	private final Attachments attachments;

	private final CaseReports cases;

	private final Clock clock;

	Visits(JdbcClient jdbc, Persons persons, Houses houses, SpecialGroups groups, RegistryAccess access,
			Attachments attachments, CaseReports cases, Clock clock) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.houses = houses;
		this.groups = groups;
		this.access = access;
		this.attachments = attachments;
		this.cases = cases;
		this.clock = clock;
	}

	@Transactional
	VisitView record(VisitForm form) {
		PersonView person = this.persons.get(form.personId());
		GongzhiUser visitor = this.access.user();
		Instant now = this.clock.instant();
		Instant at = (form.visitedAt() != null) ? form.visitedAt() : now;
		if (at.isAfter(now.plusSeconds(300))) {
			throw new InvalidInputException("registry.date.future");
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into registry_visit (person_id, org_code, visitor_user_id, visitor_name, visited_at, lat,"
					+ " lng, findings, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(person.id(), person.orgCode(), visitor.getId(), visitor.getDisplayName(), Timestamp.from(at),
					form.lat(), form.lng(), form.findings().strip(), Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		if (!form.photoIds().isEmpty()) {
			this.attachments.attach(form.photoIds(), OWNER, String.valueOf(id));
		}
		this.groups.visited(person.id(), LocalDate.ofInstant(at, BEIJING));
		return visit(id);
	}

	@Transactional(readOnly = true)
	VisitView visit(long id) {
		VisitView visit = this.jdbc.sql(VISIT + " where v.id = ?")
			.param(id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("problem.detail.404"));
		this.access.requireVisible(visit.orgCode());
		return visit;
	}

	/**
	 * The visits of a person made within the caller's scope, newest first (those of a
	 * community the person lived in before stay with it).
	 */
	@Transactional(readOnly = true)
	List<VisitView> of(long personId) {
		this.persons.get(personId);
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("v.org_code");
		List<Object> params = new ArrayList<>(scope.params());
		params.add(personId);
		return this.jdbc
			.sql(VISIT + " where " + scope.sql() + " and v.person_id = ? order by v.visited_at desc, v.id desc")
			.params(params)
			.query(this::view)
			.list();
	}

	/**
	 * Turns the visit's findings into a case, located at the visit (or the person's
	 * house); asking again answers the same case.
	 */
	@Transactional
	VisitView followUp(long id, String categoryCode) {
		VisitView visit = visit(id);
		if (visit.caseId() != null) {
			return visit;
		}
		PersonView person = this.persons.get(visit.personId());
		Double lat = visit.lat();
		Double lng = visit.lng();
		String address = person.address();
		if ((lat == null || lng == null) && person.houseId() != null) {
			Houses.HouseView house = this.houses.house(person.houseId());
			lat = house.lat();
			lng = house.lng();
		}
		if (lat == null || lng == null) {
			throw new InvalidInputException("registry.visit.location-missing");
		}
		String category = (categoryCode != null && !categoryCode.isBlank()) ? categoryCode.strip() : DEFAULT_CATEGORY;
		CaseReports.Reported reported = this.cases.report(this.access.user(),
				new CaseReports.Report(category, lat, lng, address, visit.findings(), List.of()),
				"registry-visit-" + id);
		this.jdbc.sql("update registry_visit set case_id = ?, case_number = ? where id = ?")
			.params(reported.id(), reported.number(), id)
			.update();
		return visit(id);
	}

	@Override
	public String ownerType() {
		return OWNER;
	}

	@Override
	public boolean mayRead(String ownerId) {
		if (!this.access.isWorker()) {
			return false;
		}
		return this.jdbc.sql("select org_code from registry_visit where id = ?")
			.param(Long.parseLong(ownerId))
			.query(String.class)
			.optional()
			.map((orgCode) -> this.access.scope().covers(orgCode))
			.orElse(false);
	}

	private static final String VISIT = "select v.*, p.name person_name from registry_visit v"
			+ " join registry_person p on p.id = v.person_id";

	private VisitView view(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<UUID> photos = this.attachments.of(OWNER, String.valueOf(id)).stream().map(Attachment::id).toList();
		return new VisitView(id, rs.getLong("person_id"), rs.getString("person_name"), rs.getString("org_code"),
				rs.getString("visitor_name"), rs.getTimestamp("visited_at").toInstant(), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lng"), rs.getString("findings"), Persons.nullableLong(rs, "case_id"),
				rs.getString("case_number"), photos);
	}

	/**
	 * A visit as recorded.
	 *
	 * @param personId whom
	 * @param visitedAt when (default now)
	 * @param lat where: WGS-84 latitude from the phone
	 * @param lng where: WGS-84 longitude
	 * @param findings what was found
	 * @param photoIds photos uploaded with {@code POST /api/files}
	 */
	record VisitForm(@NotNull Long personId, Instant visitedAt, @DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lng, @NotBlank @Size(max = 2000) String findings,
			@Size(max = 10) List<UUID> photoIds) {

		VisitForm {
			photoIds = (photoIds != null) ? List.copyOf(photoIds) : List.of();
		}

	}

	/** A visit with its photos and the case it became, if any. */
	record VisitView(long id, long personId, String personName, String orgCode, String visitorName, Instant visitedAt,
			Double lat, Double lng, String findings, Long caseId, String caseNumber, List<UUID> photoIds) {
	}

}
