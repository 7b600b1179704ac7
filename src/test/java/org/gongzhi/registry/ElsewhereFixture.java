package org.gongzhi.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A person registered in another community (桔蔷社区's neighbour, outside every demo worker's
 * scope), written as that community's workers would have: a house, a household, the
 * person with their stay, a change in their history, a special group and a visit.
 */
final class ElsewhereFixture {

	/** A grid of the community next to 桔蔷社区. */
	static final String OTHER_GRID = "210105001003001";

	private final JdbcClient jdbc;

	private final PersonalDataVault vault;

	ElsewhereFixture(JdbcClient jdbc, PersonalDataVault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	/** The person's id; they moved in at {@code movedIn} to {@code address}. */
	Registered person(String name, String idNumber, String address, LocalDate movedIn) {
		Timestamp now = Timestamp.from(Instant.now());
		long house = insert("insert into registry_house (org_code, address, house_use, occupancy, created_at,"
				+ " updated_at) values (?, ?, 'RESIDENTIAL', 'RENTED', ?, ?)", OTHER_GRID, address, now, now);
		long household = insert(
				"insert into registry_household (org_code, house_id, created_at, updated_at)" + " values (?, ?, ?, ?)",
				OTHER_GRID, house, now, now);
		String phone = RegistryFixture.newPhone();
		long person = insert("insert into registry_person (org_code, household_id, name, gender, birth_date, id_type,"
				+ " id_number, id_number_hash, id_number_masked, phone, phone_hash, phone_masked, residence, relation,"
				+ " move_in_date, created_at, updated_at) values (?, ?, ?, ?, ?, 'RESIDENT_ID', ?, ?, ?, ?, ?, ?,"
				+ " 'REGISTERED', 'HEAD', ?, ?, ?)", OTHER_GRID, household, name, IdNumbers.gender(idNumber).name(),
				Date.valueOf(IdNumbers.birthDate(idNumber).orElseThrow()),
				this.vault.encrypt(Persons.ID_NUMBER, idNumber), this.vault.searchHash("id:RESIDENT_ID", idNumber),
				Masking.idNumber(idNumber), this.vault.encrypt(Persons.PHONE, phone),
				this.vault.searchHash("phone", phone), Masking.phone(phone), Date.valueOf(movedIn), now, now);
		this.jdbc.sql("update registry_household set head_person_id = ? where id = ?")
			.params(person, household)
			.update();
		this.jdbc
			.sql("insert into registry_residence (person_id, house_id, org_code, moved_in, created_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(person, house, OTHER_GRID, Date.valueOf(movedIn), now)
			.update();
		this.jdbc
			.sql("insert into registry_person_event (person_id, org_code, occurred_at, actor, kind, detail)"
					+ " values (?, ?, ?, 'neighbour', 'MERGED', ?)")
			.params(person, OTHER_GRID, now, "workUnit: - → 邻社区某厂")
			.update();
		this.jdbc
			.sql("insert into registry_group_member (person_id, group_code, org_code, since, next_visit_due,"
					+ " created_at) values (?, 'LOW_INCOME', ?, ?, ?, ?)")
			.params(person, OTHER_GRID, Date.valueOf(movedIn), Date.valueOf(LocalDate.now().minusDays(3)), now)
			.update();
		this.jdbc
			.sql("insert into registry_visit (person_id, org_code, visitor_user_id, visitor_name, visited_at,"
					+ " findings, created_at) values (?, ?, 0, '邻社区网格员', ?, ?, ?)")
			.params(person, OTHER_GRID, now, "邻社区的走访记录：家中有困难", now)
			.update();
		return new Registered(person, house, household, phone);
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

	record Registered(long person, long house, long household, String phone) {
	}

}
