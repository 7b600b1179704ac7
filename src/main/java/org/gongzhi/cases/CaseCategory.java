package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One version of a case category (事件/部件 class). Categories form a tree by code; cases are
 * reported in leaf categories and keep the version they were created with.
 *
 * @param versionId id of this version, stored on every case created with it
 * @param code stable code, e.g. {@code BJ0101}; a child's code extends its parent's
 * @param version number of this version of the code, from 1
 * @param parentCode code of the parent, {@code null} at the top
 * @param sortOrder position among its siblings
 * @param nameZh name in Chinese
 * @param nameEn name in English
 * @param unitType type of the default handling unit: a department type such as {@code CG}
 * (城管) or {@code SQ}/{@code JD} for the community or street itself
 * @param defaultPriority priority of a new case
 * @param sla time limits per stage and priority
 * @param publicVisible whether its cases may be shown on the public map
 * @param active whether new cases may be reported in it
 * @param attributes extra questions of a report
 * @param createdAt when this version was made
 */
record CaseCategory(long versionId, String code, int version, String parentCode, int sortOrder, String nameZh,
		String nameEn, String unitType, Priority defaultPriority, Sla sla, boolean publicVisible, boolean active,
		List<CategoryAttribute> attributes, Instant createdAt) {

	/** Unit type of the community handling a case itself (社区). */
	static final String COMMUNITY = "SQ";

	/** Unit type of the street handling a case itself (街道). */
	static final String STREET = "JD";

	CaseCategory {
		attributes = (attributes != null) ? List.copyOf(attributes) : List.of();
	}

	String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	Optional<CategoryAttribute> attribute(String attributeCode) {
		return this.attributes.stream().filter((attribute) -> attribute.code().equals(attributeCode)).findFirst();
	}

	/** Whether cases of this category are the community's own business (社区级). */
	boolean isCommunityLevel() {
		return COMMUNITY.equals(this.unitType);
	}

}
