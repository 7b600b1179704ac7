package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The category tree as the report pages offer it: each family's major classes, with an
 * icon, and under each the minor classes that can be reported now.
 */
@Component
class CategoryPicker {

	private final CategoryCatalog catalog;

	CategoryPicker(CategoryCatalog catalog) {
		this.catalog = catalog;
	}

	List<Family> tree(Locale locale) {
		List<Family> families = new ArrayList<>();
		for (CaseCategory root : this.catalog.roots()) {
			List<Major> majors = new ArrayList<>();
			for (CaseCategory major : this.catalog.children(root.code())) {
				List<Minor> minors = this.catalog.children(major.code())
					.stream()
					.filter((minor) -> minor.active() && this.catalog.isLeaf(minor.code()))
					.map((minor) -> new Minor(minor.code(), minor.name(locale), minor.nameZh() + " " + minor.nameEn(),
							questions(minor, locale)))
					.toList();
				if (major.active() && !minors.isEmpty()) {
					majors.add(new Major(major.code(), major.name(locale), icon(major.code()), minors));
				}
			}
			if (!majors.isEmpty()) {
				families.add(new Family(root.code(), root.name(locale), majors));
			}
		}
		return families;
	}

	/** The name of a reportable category, or {@code null} if it is not one. */
	String nameOf(String code, Locale locale) {
		return this.catalog.find(code)
			.filter((category) -> category.active() && this.catalog.isLeaf(code))
			.map((category) -> category.name(locale))
			.orElse(null);
	}

	/** The icon of every category by its code, for the lists of cases. */
	Map<String, String> icons() {
		Map<String, String> icons = new HashMap<>();
		for (CaseCategory category : this.catalog.all()) {
			icons.put(category.code(), icon(category.code()));
		}
		return icons;
	}

	/** The symbol of {@code img/case-icons.svg} drawn for a major class. */
	static String icon(String categoryCode) {
		String major = (categoryCode.length() >= 4) ? categoryCode.substring(0, 4) : categoryCode;
		return switch (major) {
			case "BJ01", "BJ02", "BJ03", "BJ04", "BJ05", "BJ06", "SJ01", "SJ02", "SJ03", "SJ04", "SJ05", "ZL01", "ZL02",
					"ZL03", "ZL04", "ZL05" ->
				major;
			default -> "other";
		};
	}

	record Family(String code, String name, List<Major> majors) {
	}

	record Major(String code, String name, String icon, List<Minor> minors) {
	}

	private static List<Question> questions(CaseCategory category, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return category.attributes()
			.stream()
			.map((question) -> new Question(question.code(), question.datatype(), question.required(),
					question.description(locale),
					question.values()
						.stream()
						.map((value) -> new Option(value.key(), english ? value.nameEn() : value.nameZh()))
						.toList()))
			.toList();
	}

	/**
	 * A reportable category.
	 *
	 * @param code code
	 * @param name name in the reader's language
	 * @param keywords both names, for the search
	 * @param questions its extra questions
	 */
	record Minor(String code, String name, String keywords, List<Question> questions) {
	}

	/**
	 * An extra question of a category (Open311 attribute).
	 *
	 * @param code the answer's key
	 * @param datatype string, number, datetime, text, singlevaluelist or multivaluelist
	 * @param required whether a report must answer it
	 * @param label the question in the reader's language
	 * @param options the choices of a list question
	 */
	record Question(String code, String datatype, boolean required, String label, List<Option> options) {
	}

	record Option(String key, String name) {
	}

}
