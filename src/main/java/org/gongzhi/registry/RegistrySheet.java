package org.gongzhi.registry;

import java.util.List;
import java.util.Optional;

/**
 * The entities the registry imports from and exports to Excel, each with its columns. A
 * column's header is the message {@code registry.column.<key>} in the reader's language;
 * an import recognizes the Chinese and the English header.
 */
enum RegistrySheet {

	/** Persons with their household (户号) and house (以房管人): one row per person. */
	PERSONS(List.of(Column.text("gridCode", true), Column.text("buildingCode", false), Column.text("address", true),
			Column.text("unitNo", false), Column.of("floorNo", Type.INTEGER, false), Column.text("roomNo", false),
			Column.of("area", Type.DECIMAL, false), Column.choice("use", HouseUse.class, "registry.house-use."),
			Column.choice("occupancy", Occupancy.class, "registry.occupancy."), Column.text("household", false),
			Column.text("name", true), Column.choice("gender", Gender.class, "registry.gender."),
			Column.of("birthDate", Type.DATE, false), Column.choice("idType", IdType.class, "registry.id-type."),
			Column.text("idNumber", true), Column.text("phone", false),
			Column.choice("residence", Residence.class, "registry.residence."), Column.text("ethnicity", false),
			Column.choice("education", Education.class, "registry.education."), Column.text("workUnit", false),
			Column.choice("relation", Relation.class, "registry.relation."),
			Column.of("moveInDate", Type.DATE, false))),

	/** Key places (重点场所). */
	PLACES(List.of(Column.text("gridCode", true), Column.text("name", true),
			Column.required(Column.choice("placeKind", PlaceKind.class, "registry.place-kind.")),
			Column.text("address", false), Column.of("lat", Type.DECIMAL, false), Column.of("lng", Type.DECIMAL, false),
			Column.text("contactName", false), Column.text("phone", false),
			Column.required(Column.choice("riskLevel", RiskLevel.class, "registry.risk.")))),

	/** Organizations (组织). */
	ORGANIZATIONS(List.of(Column.text("gridCode", true), Column.text("name", true),
			Column.required(Column.choice("organizationKind", OrganizationKind.class, "registry.organization-kind.")),
			Column.text("creditCode", false), Column.text("address", false), Column.of("lat", Type.DECIMAL, false),
			Column.of("lng", Type.DECIMAL, false), Column.text("contactName", false), Column.text("phone", false)));

	private final List<Column> columns;

	RegistrySheet(List<Column> columns) {
		this.columns = columns;
	}

	public List<Column> columns() {
		return this.columns;
	}

	Optional<Column> column(String key) {
		return this.columns.stream().filter((column) -> column.key().equals(key)).findFirst();
	}

	/** The URL name, e.g. {@code persons}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Optional<RegistrySheet> ofSlug(String slug) {
		for (RegistrySheet sheet : values()) {
			if (sheet.slug().equalsIgnoreCase(slug) || sheet.name().equalsIgnoreCase(slug)) {
				return Optional.of(sheet);
			}
		}
		return Optional.empty();
	}

	/** What a cell holds. */
	enum Type {

		TEXT, INTEGER, DECIMAL, DATE, CHOICE

	}

	/**
	 * One column.
	 *
	 * @param key field name, also the message key's end
	 * @param type what the cell holds
	 * @param required whether a row needs it
	 * @param choices for a choice: its values
	 * @param labelPrefix for a choice: the message prefix of a value's label
	 */
	record Column(String key, Type type, boolean required, Class<? extends Enum<?>> choices, String labelPrefix) {

		static Column text(String key, boolean required) {
			return new Column(key, Type.TEXT, required, null, null);
		}

		static Column of(String key, Type type, boolean required) {
			return new Column(key, type, required, null, null);
		}

		static Column choice(String key, Class<? extends Enum<?>> choices, String labelPrefix) {
			return new Column(key, Type.CHOICE, false, choices, labelPrefix);
		}

		static Column required(Column column) {
			return new Column(column.key(), column.type(), true, column.choices(), column.labelPrefix());
		}

		public String headerKey() {
			return "registry.column." + this.key;
		}

		Enum<?>[] values() {
			return this.choices.getEnumConstants();
		}

	}

}
