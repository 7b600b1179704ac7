package org.gongzhi.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An extra question a category asks when a case is reported (an Open311 attribute).
 *
 * @param code the answer's key, e.g. {@code lamp_count}
 * @param datatype {@code string}, {@code number}, {@code datetime}, {@code text},
 * {@code singlevaluelist} or {@code multivaluelist}
 * @param required whether a report must answer it
 * @param descriptionZh the question in Chinese
 * @param descriptionEn the question in English
 * @param values the choices of a list question, else empty
 */
record CategoryAttribute(String code, String datatype, boolean required, String descriptionZh, String descriptionEn,
		List<Value> values) {

	static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist",
			"multivaluelist");

	CategoryAttribute {
		values = (values != null) ? List.copyOf(values) : List.of();
	}

	boolean isList() {
		return this.datatype.endsWith("valuelist");
	}

	boolean allows(String key) {
		return this.values.stream().anyMatch((value) -> value.key().equals(key));
	}

	String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionZh;
	}

	/**
	 * One choice of a list question.
	 *
	 * @param key what is stored
	 * @param nameZh what is shown in Chinese
	 * @param nameEn what is shown in English
	 */
	record Value(String key, String nameZh, String nameEn) {
	}

}
