package org.gongzhi.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.identity.DataScope;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons (人): registered in a household (以房管人), found by an exact ID number or phone
 * through its keyed hash or by name within the caller's scope. One record per ID number:
 * a second registration is refused with the existing record named, and merging into it
 * records every changed field in the person's history, never overwriting silently.
 */
@Service
class Persons {

	static final String ID_NUMBER = "person.id-number";

	static final String PHONE = "person.phone";

	/**
	 * The audit action of a take-over from another household, possibly of another
	 * community.
	 */
	static final String MOVED_IN = "REGISTRY_PERSON_MOVED_IN";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final String VIEW = "select p.*, h.house_id, ho.address from registry_person p"
			+ " left join registry_household h on h.id = p.household_id"
			+ " left join registry_house ho on ho.id = h.house_id";

	private final JdbcClient jdbc;

	private final PersonalDataVault vault;

	private final RegistryAccess access;

	private final PersonHistory history;

	private final AuditLog audit;

	private final Clock clock;

	Persons(JdbcClient jdbc, PersonalDataVault vault, RegistryAccess access, PersonHistory history, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.access = access;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a person in a household of the caller's scope.
	 * @throws GongzhiException 409 when the ID number is registered already (with the
	 * existing person's id if the caller may see it)
	 */
	@Transactional
	PersonView create(PersonForm form) {
		Household household = household(form.householdId());
		Instant now = now();
		String idHash = idHash(form.idType(), form.idNumber());
		refuseDuplicate(idHash);
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("insert into registry_person (org_code, household_id, name, gender, birth_date, id_type,"
						+ " id_number, id_number_hash, id_number_masked, phone, phone_hash, phone_masked, residence,"
						+ " ethnicity, education, work_unit, relation, move_in_date, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(household.orgCode(), household.id(), form.name(), form.effectiveGender().name(),
						date(form.effectiveBirthDate()), form.idType().name(),
						this.vault.encrypt(ID_NUMBER, form.idNumber()), idHash, Masking.idNumber(form.idNumber()),
						this.vault.encrypt(PHONE, form.phone()), phoneHash(form.phone()), Masking.phone(form.phone()),
						form.residence().name(), form.ethnicity(), name(form.education()), form.workUnit(),
						name(form.relation()), date(form.moveInDate()), Timestamp.from(now), Timestamp.from(now))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			// registered by someone else meanwhile
			refuseDuplicate(idHash);
			throw ex;
		}
		long id = keys.getKey().longValue();
		beginStay(id, household, firstNonNull(form.moveInDate(), today()), now);
		if (form.relation() == Relation.HEAD) {
			this.jdbc.sql("update registry_household set head_person_id = ?, updated_at = ? where id = ?")
				.params(id, Timestamp.from(now), household.id())
				.update();
		}
		this.history.record(id, household.orgCode(), PersonHistory.Kind.CREATED, null);
		return get(id);
	}

	/**
	 * Merges what was entered into an existing record (a duplicate registration or a
	 * correction): every field that differs is changed and written to the history with
	 * its old and new value (sensitive ones masked); a different household is a move.
	 */
	@Transactional
	PersonView merge(long id, PersonForm form, Integer expectedVersion) {
		Stored stored = stored(id);
		if (expectedVersion != null && expectedVersion != stored.view().version()) {
			throw new GongzhiException(HttpStatus.CONFLICT, "stale", "registry.person.stale");
		}
		Household target = household(form.householdId());
		List<String> changes = apply(stored, form, target);
		if (!Objects.equals(stored.view().householdId(), target.id())) {
			changes.add("household: " + Objects.toString(stored.view().householdId(), "-") + " → " + target.id());
		}
		this.history.record(id, target.orgCode(), PersonHistory.Kind.MERGED, String.join("\n", changes));
		return get(id);
	}

	/**
	 * Takes over (迁入) the person registered under the form's ID number, wherever they are
	 * registered now, into a household of the caller's scope: their current stay ends on
	 * the move-in date and the new one begins, what was entered is merged with every
	 * change kept in the history, and the move is audited. The caller learns nothing of
	 * the former community: its stays, changes and visits stay hidden.
	 * @throws NotFoundException when no person holds the number (register instead)
	 */
	@Transactional
	PersonView moveIn(PersonForm form) {
		Household target = household(form.householdId());
		String idHash = idHash(form.idType(), form.idNumber());
		Stored stored = (idHash == null) ? null : this.jdbc.sql(VIEW + " where p.id_number_hash = ?")
			.param(idHash)
			.query((rs, row) -> new Stored(view(rs, row), rs.getString("id_number_hash"), rs.getString("phone_hash")))
			.optional()
			.orElse(null);
		if (stored == null) {
			throw new NotFoundException("registry.move-in.nobody");
		}
		if (Objects.equals(stored.view().householdId(), target.id())) {
			throw new GongzhiException(HttpStatus.CONFLICT, "member-already", "registry.move-in.here-already");
		}
		String from = stored.view().orgCode();
		List<String> changes = apply(stored, form, target);
		LocalDate movedOn = firstNonNull(form.moveInDate(), today());
		changes.add(0, "moved in: " + movedOn);
		this.history.record(stored.view().id(), target.orgCode(), PersonHistory.Kind.MOVED_IN,
				String.join("\n", changes));
		this.audit.record(MOVED_IN, "registry-person:" + stored.view().id(), AuditEntry.Outcome.SUCCESS,
				"from " + from + " to " + target.orgCode() + " (household " + target.id() + ") on " + movedOn);
		return get(stored.view().id());
	}

	/**
	 * Writes the form over a stored record and lists every field that changed, old and
	 * new, sensitive values masked; a different household is a move (the stay in the old
	 * house ends, the new one begins; visit duties follow the person).
	 */
	private List<String> apply(Stored stored, PersonForm form, Household target) {
		long id = stored.view().id();
		PersonView old = stored.view();
		String idHash = idHash(form.idType(), form.idNumber());
		if (idHash != null && !idHash.equals(stored.idHash())) {
			refuseDuplicate(idHash);
		}
		List<String> changes = new ArrayList<>();
		change(changes, "name", old.name(), form.name());
		change(changes, "gender", old.gender(), form.effectiveGender());
		change(changes, "birthDate", old.birthDate(), form.effectiveBirthDate());
		change(changes, "idType", old.idType(), form.idType());
		boolean idChanged = form.idNumber() != null && !Objects.equals(idHash, stored.idHash());
		if (idChanged) {
			change(changes, "idNumber", old.idNumber(), Masking.idNumber(form.idNumber()));
		}
		boolean phoneChanged = form.phone() != null && !Objects.equals(phoneHash(form.phone()), stored.phoneHash());
		if (phoneChanged) {
			change(changes, "phone", old.phone(), Masking.phone(form.phone()));
		}
		change(changes, "residence", old.residence(), form.residence());
		changeIfGiven(changes, "ethnicity", old.ethnicity(), form.ethnicity());
		changeIfGiven(changes, "education", old.education(), form.education());
		changeIfGiven(changes, "workUnit", old.workUnit(), form.workUnit());
		changeIfGiven(changes, "relation", old.relation(), form.relation());
		Instant now = now();
		boolean moves = !Objects.equals(old.householdId(), target.id());
		LocalDate movedOn = firstNonNull(form.moveInDate(), today());
		if (moves) {
			boolean beforeLastStay = this.jdbc
				.sql("select count(*) from registry_residence where person_id = ? and moved_out is null"
						+ " and moved_in > ?")
				.params(id, date(movedOn))
				.query(Long.class)
				.single() > 0;
			if (beforeLastStay) {
				throw new InvalidInputException("registry.move-in.before-last-stay");
			}
		}
		int updated = this.jdbc
			.sql("update registry_person set org_code = ?, household_id = ?, name = ?, gender = ?,"
					+ " birth_date = ?, id_type = ?, residence = ?, ethnicity = coalesce(?, ethnicity),"
					+ " education = coalesce(?, education), work_unit = coalesce(?, work_unit),"
					+ " relation = coalesce(?, relation), move_in_date = ?, move_out_date = ?, updated_at = ?,"
					+ " version = version + 1 where id = ? and version = ?")
			.params(target.orgCode(), target.id(), form.name(), form.effectiveGender().name(),
					date(form.effectiveBirthDate()), form.idType().name(), form.residence().name(), form.ethnicity(),
					name(form.education()), form.workUnit(), name(form.relation()),
					date(moves ? movedOn : old.moveInDate()), moves ? null : date(old.moveOutDate()),
					Timestamp.from(now), id, old.version())
			.update();
		if (updated == 0) {
			// changed by someone else since it was read
			throw new GongzhiException(HttpStatus.CONFLICT, "stale", "registry.person.stale");
		}
		if (idChanged) {
			this.jdbc
				.sql("update registry_person set id_number = ?, id_number_hash = ?, id_number_masked = ? where id = ?")
				.params(this.vault.encrypt(ID_NUMBER, form.idNumber()), idHash, Masking.idNumber(form.idNumber()), id)
				.update();
		}
		if (phoneChanged) {
			this.jdbc.sql("update registry_person set phone = ?, phone_hash = ?, phone_masked = ? where id = ?")
				.params(this.vault.encrypt(PHONE, form.phone()), phoneHash(form.phone()), Masking.phone(form.phone()),
						id)
				.update();
		}
		if (moves) {
			closeResidence(id, movedOn);
			beginStay(id, target, movedOn, now);
			if (old.householdId() != null) {
				this.jdbc.sql("update registry_household set head_person_id = null where id = ? and head_person_id = ?")
					.params(old.householdId(), id)
					.update();
			}
			this.jdbc.sql("update registry_group_member set org_code = ? where person_id = ? and until is null")
				.params(target.orgCode(), id)
				.update();
			if (form.relation() == Relation.HEAD) {
				this.jdbc.sql("update registry_household set head_person_id = ?, updated_at = ? where id = ?")
					.params(id, Timestamp.from(now), target.id())
					.update();
			}
		}
		return changes;
	}

	/** Records that a person moved out of their house (and so out of the household). */
	@Transactional
	PersonView moveOut(long id, LocalDate on) {
		Stored stored = stored(id);
		if (stored.view().householdId() == null) {
			throw new GongzhiException(HttpStatus.CONFLICT, "moved-out", "registry.person.moved-out-already");
		}
		LocalDate date = firstNonNull(on, today());
		if (date.isAfter(today())) {
			throw new InvalidInputException("registry.date.future");
		}
		closeResidence(id, date);
		this.jdbc
			.sql("update registry_person set household_id = null, move_out_date = ?, updated_at = ?,"
					+ " version = version + 1 where id = ?")
			.params(date(date), Timestamp.from(now()), id)
			.update();
		this.history.record(id, stored.view().orgCode(), PersonHistory.Kind.MOVED_OUT, date.toString());
		return get(id);
	}

	/** One person of the caller's scope, masked; 404 outside it. */
	@Transactional(readOnly = true)
	PersonView get(long id) {
		return stored(id).view();
	}

	/**
	 * Persons of the caller's scope, masked: by name (prefix), org unit, household and
	 * residence, at most {@code limit} from {@code offset}, by name.
	 */
	@Transactional(readOnly = true)
	List<PersonView> list(PersonFilter filter) {
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("p.org_code");
		StringBuilder sql = new StringBuilder(VIEW).append(" where ").append(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (filter.org() != null && !filter.org().isBlank()) {
			sql.append(" and p.org_code like ?");
			params.add(filter.org().strip() + "%");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			sql.append(" and p.name like ?");
			params.add(filter.q().strip().replace("%", "").replace("_", "") + "%");
		}
		if (filter.householdId() != null) {
			sql.append(" and p.household_id = ?");
			params.add(filter.householdId());
		}
		if (filter.houseId() != null) {
			sql.append(" and h.house_id = ?");
			params.add(filter.houseId());
		}
		if (filter.residence() != null) {
			sql.append(" and p.residence = ?");
			params.add(filter.residence().name());
		}
		if (filter.group() != null && !filter.group().isBlank()) {
			sql.append(" and exists (select 1 from registry_group_member m where m.person_id = p.id"
					+ " and m.group_code = ? and m.until is null)");
			params.add(filter.group());
		}
		if (!filter.includeMovedOut()) {
			sql.append(" and p.household_id is not null");
		}
		// archived records keep statistics only
		sql.append(" and p.archived_at is null");
		sql.append(" order by p.name, p.id offset ")
			.append(Math.max(0, filter.offset()))
			.append(" rows fetch first ")
			.append(Math.max(1, Math.min(filter.limit(), 100)))
			.append(" rows only");
		return withGroups(this.jdbc.sql(sql.toString()).params(params).query(Persons::view).list());
	}

	/**
	 * Exact search by ID number or phone through their keyed hashes, within the caller's
	 * scope; the values themselves are never compared or decrypted.
	 */
	@Transactional(readOnly = true)
	List<PersonView> search(IdType idType, String idNumber, String phone) {
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("p.org_code");
		List<Object> params = new ArrayList<>(scope.params());
		String column;
		if (idNumber != null && !idNumber.isBlank()) {
			IdType type = (idType != null) ? idType : IdType.RESIDENT_ID;
			column = "p.id_number_hash";
			params.add(idHash(type, (type == IdType.RESIDENT_ID) ? IdNumbers.normalize(idNumber) : idNumber.strip()));
		}
		else if (phone != null && !phone.isBlank()) {
			column = "p.phone_hash";
			params.add(phoneHash(phone.strip()));
		}
		else {
			throw new InvalidInputException("registry.search.empty");
		}
		return withGroups(this.jdbc
			.sql(VIEW + " where " + scope.sql() + " and " + column + " = ? order by p.id fetch first 50 rows only")
			.params(params)
			.query(Persons::view)
			.list());
	}

	/** The full ID number and phone of a person: only for {@link FullView}. */
	FullValues decrypt(long id) {
		return this.jdbc.sql("select id_number, phone from registry_person where id = ?")
			.param(id)
			.query((rs, row) -> new FullValues(this.vault.decrypt(ID_NUMBER, rs.getString(1)),
					this.vault.decrypt(PHONE, rs.getString(2))))
			.single();
	}

	private void refuseDuplicate(String idHash) {
		if (idHash == null) {
			return;
		}
		this.jdbc.sql("select id, org_code, name from registry_person where id_number_hash = ?")
			.param(idHash)
			.query((rs, row) -> new Owner(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional()
			.ifPresent((existing) -> {
				boolean visible = this.access.scope().covers(existing.orgCode());
				String maskedName = Masking.name(existing.name());
				GongzhiException duplicate = visible
						? new GongzhiException(HttpStatus.CONFLICT, "duplicate-person", "registry.person.duplicate")
							.withProperty("personId", existing.id())
						// outside the scope the masked name is all the caller learns:
						// enough to
						// tell the person, not where they live
						: new GongzhiException(HttpStatus.CONFLICT, "duplicate-person",
								"registry.person.duplicate-elsewhere", maskedName);
				throw duplicate.withProperty("maskedName", maskedName).withProperty("moveIn", true);
			});
	}

	private Stored stored(long id) {
		Stored stored = this.jdbc.sql(VIEW + " where p.id = ?")
			.param(id)
			.query((rs, row) -> new Stored(view(rs, row), rs.getString("id_number_hash"), rs.getString("phone_hash")))
			.optional()
			.orElseThrow(() -> new NotFoundException("registry.person.not-found"));
		this.access.requireVisible(stored.view().orgCode());
		return new Stored(withGroups(List.of(stored.view())).get(0), stored.idHash(), stored.phoneHash());
	}

	private List<PersonView> withGroups(List<PersonView> persons) {
		if (persons.isEmpty()) {
			return persons;
		}
		List<Long> ids = persons.stream().map(PersonView::id).toList();
		String marks = String.join(",", ids.stream().map((id) -> "?").toList());
		Map<Long, List<String>> groups = new HashMap<>();
		this.jdbc
			.sql("select person_id, group_code from registry_group_member where until is null and person_id in ("
					+ marks + ") order by group_code")
			.params(new ArrayList<Object>(ids))
			.query((rs) -> {
				groups.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>()).add(rs.getString(2));
			});
		return persons.stream()
			.map((person) -> person.withGroups(groups.getOrDefault(person.id(), List.of())))
			.toList();
	}

	Household household(Long id) {
		Household household = this.jdbc.sql("select id, org_code, house_id from registry_household where id = ?")
			.param(id)
			.query((rs, row) -> new Household(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("registry.household.not-found"));
		this.access.requireVisible(household.orgCode());
		return household;
	}

	private void beginStay(long personId, Household household, LocalDate on, Instant now) {
		this.jdbc
			.sql("insert into registry_residence (person_id, house_id, org_code, moved_in, created_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(personId, household.houseId(), household.orgCode(), date(on), Timestamp.from(now))
			.update();
	}

	private void closeResidence(long personId, LocalDate on) {
		this.jdbc.sql("update registry_residence set moved_out = ? where person_id = ? and moved_out is null")
			.params(date(on), personId)
			.update();
	}

	private String idHash(IdType type, String number) {
		return (number == null) ? null : this.vault.searchHash("id:" + type.name(), number);
	}

	private String phoneHash(String phone) {
		return (phone == null) ? null : this.vault.searchHash("phone", phone);
	}

	private static void change(List<String> changes, String field, Object old, Object now) {
		if (!Objects.equals(old, now)) {
			changes.add(field + ": " + Objects.toString(old, "-") + " → " + Objects.toString(now, "-"));
		}
	}

	private static void changeIfGiven(List<String> changes, String field, Object old, Object now) {
		if (now != null) {
			change(changes, field, old, now);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), BEIJING);
	}

	private static <T> T firstNonNull(T first, T second) {
		return (first != null) ? first : second;
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	static PersonView view(ResultSet rs, int row) throws SQLException {
		return new PersonView(rs.getLong("id"), rs.getString("org_code"), nullableLong(rs, "household_id"),
				nullableLong(rs, "house_id"), rs.getString("address"), rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), localDate(rs, "birth_date"),
				IdType.valueOf(rs.getString("id_type")), rs.getString("id_number_masked"), rs.getString("phone_masked"),
				Residence.valueOf(rs.getString("residence")), rs.getString("ethnicity"),
				enumOf(Education.class, rs.getString("education")), rs.getString("work_unit"),
				enumOf(Relation.class, rs.getString("relation")), localDate(rs, "move_in_date"),
				localDate(rs, "move_out_date"), List.of(), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	/** A household as persons need it. */
	record Household(long id, String orgCode, long houseId) {
	}

	/** The full values of a person's sensitive fields. */
	record FullValues(String idNumber, String phone) {
	}

	private record Owner(long id, String orgCode, String name) {
	}

	private record Stored(PersonView view, String idHash, String phoneHash) {
	}

}
