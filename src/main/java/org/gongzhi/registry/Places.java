package org.gongzhi.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongzhi.identity.DataScope;
import org.gongzhi.registry.PlaceForms.OrganizationForm;
import org.gongzhi.registry.PlaceForms.PlaceForm;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key places (重点场所) and organizations (组织) of a grid, with their contact phone encrypted
 * like a person's.
 */
@Service
class Places {

	static final String PLACE_PHONE = "place.phone";

	static final String ORGANIZATION_PHONE = "organization.phone";

	private final JdbcClient jdbc;

	private final Houses houses;

	private final PersonalDataVault vault;

	private final RegistryAccess access;

	private final Clock clock;

	Places(JdbcClient jdbc, Houses houses, PersonalDataVault vault, RegistryAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.houses = houses;
		this.vault = vault;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	PlaceView addPlace(PlaceForm form) {
		String grid = this.houses.grid(form.gridCode()).code();
		Instant now = this.clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into registry_place (org_code, name, kind, address, lat, lng, contact_name, phone,"
					+ " phone_hash, phone_masked, risk_level, created_at, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(grid, form.name().strip(), form.kind().name(), form.address(), form.lat(), form.lng(),
					form.contactName(), this.vault.encrypt(PLACE_PHONE, form.phone()), hash(form.phone()),
					Masking.phone(form.phone()), form.riskLevel().name(), Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return place(keys.getKey().longValue());
	}

	@Transactional(readOnly = true)
	PlaceView place(long id) {
		PlaceView place = this.jdbc.sql("select * from registry_place where id = ?")
			.param(id)
			.query(Places::placeView)
			.optional()
			.orElseThrow(() -> new NotFoundException("problem.detail.404"));
		this.access.requireVisible(place.orgCode());
		return place;
	}

	/**
	 * Changes a place of the caller's scope (it may move to another grid of the scope);
	 * without a phone the stored one stays.
	 */
	@Transactional
	PlaceView updatePlace(long id, PlaceForm form) {
		place(id);
		String grid = this.houses.grid(form.gridCode()).code();
		this.jdbc
			.sql("update registry_place set org_code = ?, name = ?, kind = ?, address = ?, lat = ?, lng = ?,"
					+ " contact_name = ?, risk_level = ?, updated_at = ? where id = ?")
			.params(grid, form.name(), form.kind().name(), form.address(), form.lat(), form.lng(), form.contactName(),
					form.riskLevel().name(), Timestamp.from(this.clock.instant()), id)
			.update();
		if (form.phone() != null) {
			this.jdbc.sql("update registry_place set phone = ?, phone_hash = ?, phone_masked = ? where id = ?")
				.params(this.vault.encrypt(PLACE_PHONE, form.phone()), hash(form.phone()), Masking.phone(form.phone()),
						id)
				.update();
		}
		return place(id);
	}

	/** Key places of the caller's scope by org unit, kind and name (contains). */
	@Transactional(readOnly = true)
	List<PlaceView> places(String org, PlaceKind kind, String q, int offset, int limit) {
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("org_code");
		StringBuilder sql = new StringBuilder("select * from registry_place where ").append(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (org != null && !org.isBlank()) {
			sql.append(" and org_code like ?");
			params.add(org.strip() + "%");
		}
		if (kind != null) {
			sql.append(" and kind = ?");
			params.add(kind.name());
		}
		if (q != null && !q.isBlank()) {
			sql.append(" and name like ?");
			params.add("%" + q.strip().replace("%", "").replace("_", "") + "%");
		}
		sql.append(page(offset, limit));
		return this.jdbc.sql(sql.toString()).params(params).query(Places::placeView).list();
	}

	@Transactional
	OrganizationView addOrganization(OrganizationForm form) {
		String grid = this.houses.grid(form.gridCode()).code();
		String creditCode = (form.creditCode() == null || form.creditCode().isBlank()) ? null
				: SocialCreditCodes.normalize(form.creditCode());
		Instant now = this.clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("insert into registry_organization (org_code, name, kind, credit_code, address, lat, lng,"
						+ " contact_name, phone, phone_hash, phone_masked, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(grid, form.name().strip(), form.kind().name(), creditCode, form.address(), form.lat(),
						form.lng(), form.contactName(), this.vault.encrypt(ORGANIZATION_PHONE, form.phone()),
						hash(form.phone()), Masking.phone(form.phone()), Timestamp.from(now), Timestamp.from(now))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw duplicateOrganization();
		}
		return organization(keys.getKey().longValue());
	}

	private static GongzhiException duplicateOrganization() {
		return new GongzhiException(HttpStatus.CONFLICT, "duplicate-organization", "registry.organization.duplicate");
	}

	/**
	 * Changes an organization of the caller's scope; its credit code stays unique (409),
	 * and without a phone the stored one stays.
	 */
	@Transactional
	OrganizationView updateOrganization(long id, OrganizationForm form) {
		organization(id);
		String grid = this.houses.grid(form.gridCode()).code();
		try {
			this.jdbc
				.sql("update registry_organization set org_code = ?, name = ?, kind = ?, credit_code = ?, address = ?,"
						+ " lat = ?, lng = ?, contact_name = ?, updated_at = ? where id = ?")
				.params(grid, form.name(), form.kind().name(), form.creditCode(), form.address(), form.lat(),
						form.lng(), form.contactName(), Timestamp.from(this.clock.instant()), id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicateOrganization();
		}
		if (form.phone() != null) {
			this.jdbc.sql("update registry_organization set phone = ?, phone_hash = ?, phone_masked = ? where id = ?")
				.params(this.vault.encrypt(ORGANIZATION_PHONE, form.phone()), hash(form.phone()),
						Masking.phone(form.phone()), id)
				.update();
		}
		return organization(id);
	}

	@Transactional(readOnly = true)
	OrganizationView organization(long id) {
		OrganizationView organization = this.jdbc.sql("select * from registry_organization where id = ?")
			.param(id)
			.query(Places::organizationView)
			.optional()
			.orElseThrow(() -> new NotFoundException("problem.detail.404"));
		this.access.requireVisible(organization.orgCode());
		return organization;
	}

	@Transactional(readOnly = true)
	List<OrganizationView> organizations(String org, OrganizationKind kind, String q, int offset, int limit) {
		DataScope.SqlPredicate scope = this.access.scope().orgPredicate("org_code");
		StringBuilder sql = new StringBuilder("select * from registry_organization where ").append(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (org != null && !org.isBlank()) {
			sql.append(" and org_code like ?");
			params.add(org.strip() + "%");
		}
		if (kind != null) {
			sql.append(" and kind = ?");
			params.add(kind.name());
		}
		if (q != null && !q.isBlank()) {
			sql.append(" and (name like ? or credit_code = ?)");
			params.add("%" + q.strip().replace("%", "").replace("_", "") + "%");
			params.add(SocialCreditCodes.normalize(q));
		}
		sql.append(page(offset, limit));
		return this.jdbc.sql(sql.toString()).params(params).query(Places::organizationView).list();
	}

	private String hash(String phone) {
		return (phone == null || phone.isBlank()) ? null : this.vault.searchHash("phone", phone.strip());
	}

	private static String page(int offset, int limit) {
		return " order by name, id offset " + Math.max(0, offset) + " rows fetch first "
				+ Math.max(1, Math.min(limit, 100)) + " rows only";
	}

	private static PlaceView placeView(ResultSet rs, int row) throws SQLException {
		return new PlaceView(rs.getLong("id"), rs.getString("org_code"), rs.getString("name"),
				PlaceKind.valueOf(rs.getString("kind")), rs.getString("address"), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lng"), rs.getString("contact_name"), rs.getString("phone_masked"),
				RiskLevel.valueOf(rs.getString("risk_level")));
	}

	private static OrganizationView organizationView(ResultSet rs, int row) throws SQLException {
		return new OrganizationView(rs.getLong("id"), rs.getString("org_code"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("credit_code"), rs.getString("address"),
				(Double) rs.getObject("lat"), (Double) rs.getObject("lng"), rs.getString("contact_name"),
				rs.getString("phone_masked"));
	}

	/** A key place; the phone masked. */
	record PlaceView(long id, String orgCode, String name, PlaceKind kind, String address, Double lat, Double lng,
			String contactName, String phone, RiskLevel riskLevel) {
	}

	/** An organization; the phone masked. */
	record OrganizationView(long id, String orgCode, String name, OrganizationKind kind, String creditCode,
			String address, Double lat, Double lng, String contactName, String phone) {
	}

}
