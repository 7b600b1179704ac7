package org.gongzhi.registry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.identity.DataScope;
import org.gongzhi.registry.HouseForms.HouseForm;
import org.gongzhi.registry.PlaceForms.OrganizationForm;
import org.gongzhi.registry.PlaceForms.PlaceForm;
import org.gongzhi.shared.TableStatistics;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes validated rows in batches: houses and households found again by address and
 * household number, persons by the keyed hash of their ID number, places by name and
 * kind, organizations by credit code, so that importing a file again changes nothing.
 * Used by the import (in the transaction of one batch) and the demo population.
 */
@Component
class ImportBatches {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataVault vault;

	private final Clock clock;

	private final TableStatistics statistics;

	ImportBatches(JdbcClient jdbc, JdbcTemplate template, PersonalDataVault vault, Clock clock,
			TableStatistics statistics) {
		this.jdbc = jdbc;
		this.template = template;
		this.vault = vault;
		this.clock = clock;
		this.statistics = statistics;
	}

	/**
	 * Writes persons with their houses and households; a person whose ID number is
	 * registered already is left as it is (counted unchanged, or refused when the record
	 * lies outside the caller's scope).
	 */
	Outcome persons(List<PersonRow> rows, DataScope scope, String actor, Cache cache) {
		Outcome outcome = new Outcome();
		Map<String, String> existing = existingPersons(rows);
		List<PersonRow> fresh = new ArrayList<>();
		for (PersonRow row : rows) {
			String orgCode = existing.get(row.idHash());
			if (orgCode == null) {
				fresh.add(row);
			}
			else if (scope.covers(orgCode)) {
				outcome.unchanged++;
			}
			else {
				outcome.refused.put(row.number(), "registry.import.registered-elsewhere");
			}
		}
		if (fresh.isEmpty()) {
			return outcome;
		}
		Instant now = this.clock.instant();
		List<Long> households = new ArrayList<>(fresh.size());
		List<Long> houses = new ArrayList<>(fresh.size());
		for (PersonRow row : fresh) {
			long house = house(row.orgCode(), row.house(), cache, now);
			houses.add(house);
			households.add(household(row.orgCode(), house, row.householdKey(), cache, now));
		}
		List<Long> ids = insertPersons(fresh, households, now);
		// the next batches look persons up by lists of ID hashes
		this.statistics.wrote("registry_person", ids.size());
		LocalDate today = LocalDate.ofInstant(now, BEIJING);
		this.template.batchUpdate("insert into registry_residence (person_id, house_id, org_code, moved_in, created_at)"
				+ " values (?, ?, ?, ?, ?)", batch(fresh.size(), (ps, i) -> {
					PersonRow row = fresh.get(i);
					ps.setLong(1, ids.get(i));
					ps.setLong(2, houses.get(i));
					ps.setString(3, row.orgCode());
					ps.setDate(4,
							Date.valueOf((row.person().moveInDate() != null) ? row.person().moveInDate() : today));
					ps.setTimestamp(5, Timestamp.from(now));
				}));
		this.template
			.batchUpdate("insert into registry_person_event (person_id, org_code, occurred_at, actor, kind, detail)"
					+ " values (?, ?, ?, ?, ?, ?)", batch(fresh.size(), (ps, i) -> {
						ps.setLong(1, ids.get(i));
						ps.setString(2, fresh.get(i).orgCode());
						ps.setTimestamp(3, Timestamp.from(now));
						ps.setString(4, actor);
						ps.setString(5, PersonHistory.Kind.CREATED.name());
						ps.setString(6, fresh.get(i).source());
					}));
		List<Object[]> heads = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			if (fresh.get(i).person().relation() == Relation.HEAD) {
				heads.add(new Object[] { ids.get(i), households.get(i) });
			}
		}
		if (!heads.isEmpty()) {
			this.template.batchUpdate("update registry_household set head_person_id = ? where id = ?", heads);
		}
		outcome.imported = fresh.size();
		outcome.personIds = ids;
		return outcome;
	}

	private Map<String, String> existingPersons(List<PersonRow> rows) {
		Map<String, String> existing = new HashMap<>();
		for (int from = 0; from < rows.size(); from += 500) {
			List<Object> hashes = rows.subList(from, Math.min(rows.size(), from + 500))
				.stream()
				.map((row) -> (Object) row.idHash())
				.toList();
			this.jdbc
				.sql("select id_number_hash, org_code from registry_person where id_number_hash in ("
						+ marks(hashes.size()) + ")")
				.params(hashes)
				.query((rs) -> {
					existing.put(rs.getString(1), rs.getString(2));
				});
		}
		return existing;
	}

	private List<Long> insertPersons(List<PersonRow> rows, List<Long> households, Instant now) {
		String sql = "insert into registry_person (org_code, household_id, name, gender, birth_date, id_type,"
				+ " id_number, id_number_hash, id_number_masked, phone, phone_hash, phone_masked, residence,"
				+ " ethnicity, education, work_unit, relation, move_in_date, created_at, updated_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		KeyHolder keys = new GeneratedKeyHolder();
		this.template.batchUpdate((Connection connection) -> connection.prepareStatement(sql, new String[] { "id" }),
				batch(rows.size(), (ps, i) -> {
					PersonRow row = rows.get(i);
					PersonForm form = row.person();
					ps.setString(1, row.orgCode());
					ps.setLong(2, households.get(i));
					ps.setString(3, form.name());
					ps.setString(4, form.effectiveGender().name());
					setDate(ps, 5, form.effectiveBirthDate());
					ps.setString(6, form.idType().name());
					ps.setString(7, this.vault.encrypt(Persons.ID_NUMBER, form.idNumber()));
					ps.setString(8, row.idHash());
					ps.setString(9, Masking.idNumber(form.idNumber()));
					ps.setString(10, this.vault.encrypt(Persons.PHONE, form.phone()));
					ps.setString(11, row.phoneHash());
					ps.setString(12, Masking.phone(form.phone()));
					ps.setString(13, form.residence().name());
					ps.setString(14, form.ethnicity());
					ps.setString(15, name(form.education()));
					ps.setString(16, form.workUnit());
					ps.setString(17, name(form.relation()));
					setDate(ps, 18, form.moveInDate());
					ps.setTimestamp(19, Timestamp.from(now));
					ps.setTimestamp(20, Timestamp.from(now));
				}), keys);
		return ids(keys, rows.size());
	}

	/** The house of a row: found by its address in its grid, else added. */
	private long house(String orgCode, HouseForm form, Cache cache, Instant now) {
		String key = String.join("\n", orgCode, text(form.buildingCode()), form.address().strip(), text(form.unitNo()),
				text(form.roomNo()));
		Long known = cache.houses.get(key);
		if (known != null) {
			return known;
		}
		Long id = this.jdbc
			.sql("select id from registry_house where org_code = ? and address = ? and coalesce(building_code, '') = ?"
					+ " and coalesce(unit_no, '') = ? and coalesce(room_no, '') = ? order by id fetch first 1 rows only")
			.params(orgCode, form.address().strip(), text(form.buildingCode()), text(form.unitNo()),
					text(form.roomNo()))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into registry_house (org_code, building_code, address, unit_no, floor_no, room_no, area,"
						+ " house_use, occupancy, lat, lng, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(orgCode, blankToNull(form.buildingCode()), form.address().strip(), blankToNull(form.unitNo()),
						form.floorNo(), blankToNull(form.roomNo()), form.area(), form.use().name(),
						form.occupancy().name(), form.lat(), form.lng(), Timestamp.from(now), Timestamp.from(now))
				.update(keys, "id");
			id = keys.getKey().longValue();
		}
		cache.houses.put(key, id);
		return id;
	}

	/** The household of a row: by its number (户号) in its house, else added. */
	private long household(String orgCode, long house, String householdKey, Cache cache, Instant now) {
		String key = house + "\n" + householdKey;
		Long known = cache.households.get(key);
		if (known != null) {
			return known;
		}
		Long id = this.jdbc
			.sql("select id from registry_household where house_id = ? and import_key = ? order by id"
					+ " fetch first 1 rows only")
			.params(house, householdKey)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into registry_household (org_code, house_id, import_key, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(orgCode, house, householdKey, Timestamp.from(now), Timestamp.from(now))
				.update(keys, "id");
			id = keys.getKey().longValue();
		}
		cache.households.put(key, id);
		return id;
	}

	/** Writes places; one of the same name and kind in the same grid is left as it is. */
	Outcome places(List<Valid<PlaceForm>> rows) {
		Outcome outcome = new Outcome();
		Instant now = this.clock.instant();
		for (Valid<PlaceForm> row : rows) {
			PlaceForm form = row.form();
			boolean exists = this.jdbc
				.sql("select count(*) from registry_place where org_code = ? and name = ? and kind = ?")
				.params(form.gridCode().strip(), form.name().strip(), form.kind().name())
				.query(Long.class)
				.single() > 0;
			if (exists) {
				outcome.unchanged++;
				continue;
			}
			this.jdbc
				.sql("insert into registry_place (org_code, name, kind, address, lat, lng, contact_name, phone,"
						+ " phone_hash, phone_masked, risk_level, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(form.gridCode().strip(), form.name().strip(), form.kind().name(), blankToNull(form.address()),
						form.lat(), form.lng(), blankToNull(form.contactName()),
						this.vault.encrypt(Places.PLACE_PHONE, blankToNull(form.phone())), phoneHash(form.phone()),
						Masking.phone(blankToNull(form.phone())), form.riskLevel().name(), Timestamp.from(now),
						Timestamp.from(now))
				.update();
			outcome.imported++;
		}
		return outcome;
	}

	/**
	 * Writes organizations; one with the same credit code (or, without one, the same name
	 * and kind in the same grid) is left as it is, or refused outside the caller's scope.
	 */
	Outcome organizations(List<Valid<OrganizationForm>> rows, DataScope scope) {
		Outcome outcome = new Outcome();
		Instant now = this.clock.instant();
		for (Valid<OrganizationForm> row : rows) {
			OrganizationForm form = row.form();
			String creditCode = (form.creditCode() == null || form.creditCode().isBlank()) ? null
					: SocialCreditCodes.normalize(form.creditCode());
			String existing = (creditCode != null)
					? this.jdbc.sql("select org_code from registry_organization where credit_code = ?")
						.param(creditCode)
						.query(String.class)
						.optional()
						.orElse(null)
					: this.jdbc
						.sql("select org_code from registry_organization where org_code = ? and name = ? and kind = ?"
								+ " fetch first 1 rows only")
						.params(form.gridCode().strip(), form.name().strip(), form.kind().name())
						.query(String.class)
						.optional()
						.orElse(null);
			if (existing != null) {
				if (scope.covers(existing)) {
					outcome.unchanged++;
				}
				else {
					outcome.refused.put(row.number(), "registry.organization.duplicate");
				}
				continue;
			}
			this.jdbc
				.sql("insert into registry_organization (org_code, name, kind, credit_code, address, lat, lng,"
						+ " contact_name, phone, phone_hash, phone_masked, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(form.gridCode().strip(), form.name().strip(), form.kind().name(), creditCode,
						blankToNull(form.address()), form.lat(), form.lng(), blankToNull(form.contactName()),
						this.vault.encrypt(Places.ORGANIZATION_PHONE, blankToNull(form.phone())),
						phoneHash(form.phone()), Masking.phone(blankToNull(form.phone())), Timestamp.from(now),
						Timestamp.from(now))
				.update();
			outcome.imported++;
		}
		return outcome;
	}

	private String phoneHash(String phone) {
		return (phone == null || phone.isBlank()) ? null : this.vault.searchHash("phone", phone.strip());
	}

	static List<Long> ids(KeyHolder keys, int expected) {
		List<Long> ids = new ArrayList<>(expected);
		for (Map<String, Object> row : keys.getKeyList()) {
			Object id = row.containsKey("id") ? row.get("id")
					: row.containsKey("ID") ? row.get("ID") : row.values().iterator().next();
			ids.add(((Number) id).longValue());
		}
		if (ids.size() != expected) {
			throw new IllegalStateException("expected " + expected + " generated keys, got " + ids.size());
		}
		return ids;
	}

	static BatchPreparedStatementSetter batch(int size, Setter setter) {
		return new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				setter.set(ps, i);
			}

			@Override
			public int getBatchSize() {
				return size;
			}

		};
	}

	/** Sets the parameters of row {@code i}. */
	interface Setter {

		void set(PreparedStatement ps, int i) throws SQLException;

	}

	static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
		if (date != null) {
			ps.setDate(index, Date.valueOf(date));
		}
		else {
			ps.setNull(index, Types.DATE);
		}
	}

	private static String marks(int count) {
		return String.join(",", java.util.Collections.nCopies(count, "?"));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String text(String value) {
		return (value == null) ? "" : value.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A valid person row.
	 *
	 * @param number its row number in the file
	 * @param orgCode the grid
	 * @param house its house
	 * @param householdKey its household number (户号) in the house
	 * @param person the person
	 * @param idHash keyed hash of the ID number
	 * @param phoneHash keyed hash of the phone
	 * @param source what the history says of the record's origin
	 */
	record PersonRow(int number, String orgCode, HouseForm house, String householdKey, PersonForm person, String idHash,
			String phoneHash, String source) {
	}

	/** A valid row of another kind. */
	record Valid<F>(int number, F form) {
	}

	/** Houses and households found or added so far, by key. */
	static final class Cache {

		final Map<String, Long> houses = new HashMap<>();

		final Map<String, Long> households = new HashMap<>();

		void clear() {
			this.houses.clear();
			this.households.clear();
		}

	}

	/** What a batch did. */
	static final class Outcome {

		int imported;

		int unchanged;

		/** Row number → message key of rows refused by what is stored. */
		final Map<Integer, String> refused = new HashMap<>();

		List<Long> personIds = List.of();

	}

}
