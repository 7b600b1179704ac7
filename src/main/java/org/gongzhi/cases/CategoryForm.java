package org.gongzhi.cases;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category to add, or the new values of one (fields left out keep their current value).
 *
 * @param code code of a new category: its parent's code followed by digits (ignored on a
 * change)
 * @param parentCode parent of a new category (ignored on a change)
 * @param sortOrder position among its siblings
 * @param nameZh name in Chinese
 * @param nameEn name in English
 * @param unitType type of the default handling unit (CG, ZJ, SJ, GA, SW, GD, YL, JT, HB,
 * RQ, SQ, JD …)
 * @param defaultPriority priority of a new case
 * @param sla minutes per stage and priority; working minutes except for URGENT
 * @param publicVisible whether its cases may be shown on the public map
 * @param active whether new cases may be reported in it
 * @param attributes extra questions of a report
 * @param version the version the change is based on; a 409 problem if another change came
 * first
 */
record CategoryForm(@Size(max = 32) @Pattern(regexp = "[A-Z]{2}[0-9]*") String code, @Size(max = 32) String parentCode,
		@Min(0) @Max(9999) Integer sortOrder, @Size(min = 1, max = 100) String nameZh,
		@Size(min = 1, max = 100) String nameEn, @Pattern(regexp = "[A-Z]{2,4}") String unitType,
		Priority defaultPriority, Map<Stage, Map<Priority, Integer>> sla, Boolean publicVisible, Boolean active,
		@Valid List<AttributeForm> attributes, Integer version) {

	/**
	 * An extra question.
	 *
	 * @param code key of the answer
	 * @param datatype string, number, datetime, text, singlevaluelist or multivaluelist
	 * @param required whether a report must answer it
	 * @param descriptionZh the question in Chinese
	 * @param descriptionEn the question in English
	 * @param values choices of a list question
	 */
	record AttributeForm(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,31}") String code, @NotBlank String datatype,
			Boolean required, @NotBlank @Size(max = 200) String descriptionZh,
			@NotBlank @Size(max = 200) String descriptionEn, @Valid List<ValueForm> values) {
	}

	/** One choice of a list question. */
	record ValueForm(@NotBlank @Size(max = 32) String key, @NotBlank @Size(max = 100) String nameZh,
			@NotBlank @Size(max = 100) String nameEn) {
	}

}
