package org.gongzhi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of case categories in {@code case_category_version}. */
@Repository
class CategoryStore {

	private static final TypeReference<List<CategoryAttribute>> ATTRIBUTES = new TypeReference<>() {
	};

	private static final String SLA_COLUMNS = slaColumns();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CategoryStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<CaseCategory> current() {
		return this.jdbc.sql("select * from case_category_version where is_current = true order by code")
			.query(this::category)
			.list();
	}

	Optional<CaseCategory> version(long versionId) {
		return this.jdbc.sql("select * from case_category_version where id = ?")
			.param(versionId)
			.query(this::category)
			.optional();
	}

	List<CaseCategory> versionsOf(String code) {
		return this.jdbc.sql("select * from case_category_version where code = ? order by version desc")
			.param(code)
			.query(this::category)
			.list();
	}

	/** Changes whenever a version is added, on any node. */
	long latestVersionId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from case_category_version").query(Long.class).single();
	}

	/**
	 * Adds a version and makes it the current one of its code. A concurrent change of the
	 * same code fails on the unique (code, version).
	 */
	void add(CaseCategory category, Long userId, Instant at) {
		this.jdbc.sql("update case_category_version set is_current = false where code = ? and is_current = true")
			.param(category.code())
			.update();
		List<Object> params = new ArrayList<>(List.of(category.code(), category.version(), true));
		params.add(category.parentCode());
		params.addAll(List.of(category.sortOrder(), category.nameZh(), category.nameEn(), category.unitType(),
				category.defaultPriority().name()));
		for (Stage stage : Stage.values()) {
			for (Priority priority : Priority.values()) {
				params.add(category.sla().minutes().get(stage).get(priority));
			}
		}
		params.addAll(List.of(category.publicVisible(), category.active()));
		params.add(category.attributes().isEmpty() ? null : this.json.writeValueAsString(category.attributes()));
		params.add(Timestamp.from(at));
		params.add(userId);
		this.jdbc
			.sql("insert into case_category_version (code, version, is_current, parent_code, sort_order, name_zh,"
					+ " name_en, unit_type, default_priority, " + SLA_COLUMNS + ", public_visible, active, attributes,"
					+ " created_at, created_by) values (" + "?, ".repeat(params.size() - 1) + "?)")
			.params(params)
			.update();
	}

	private CaseCategory category(ResultSet rs, int row) throws SQLException {
		Map<Stage, Map<Priority, Integer>> limits = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				byPriority.put(priority, rs.getInt(Sla.column(stage, priority)));
			}
			limits.put(stage, byPriority);
		}
		String attributes = rs.getString("attributes");
		return new CaseCategory(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
				rs.getString("parent_code"), rs.getInt("sort_order"), rs.getString("name_zh"), rs.getString("name_en"),
				rs.getString("unit_type"), Priority.valueOf(rs.getString("default_priority")), new Sla(limits),
				rs.getBoolean("public_visible"), rs.getBoolean("active"),
				(attributes != null) ? this.json.readValue(attributes, ATTRIBUTES) : List.of(),
				rs.getTimestamp("created_at").toInstant());
	}

	private static String slaColumns() {
		List<String> columns = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			for (Priority priority : Priority.values()) {
				columns.add(Sla.column(stage, priority));
			}
		}
		return String.join(", ", columns);
	}

}
