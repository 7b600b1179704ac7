package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Our case categories as Open311 services: every leaf category that is active and public
 * may be reported by anyone, so it is offered; its extra questions are the service's
 * attributes. The others (e.g. 治安 tip-offs, disputes) stay off this public API.
 */
@Component
class Open311Services {

	/** Working minutes in a working day (08:30–12:00, 13:30–17:30). */
	private static final int WORKING_DAY = 450;

	private final CategoryCatalog categories;

	private final Open311Writer writer;

	Open311Services(CategoryCatalog categories, Open311Writer writer) {
		this.categories = categories;
		this.writer = writer;
	}

	/** The services offered, in the order of the category tree. */
	List<CaseCategory> offered() {
		return this.categories.all().stream().filter(this::offers).toList();
	}

	/** An offered service by its code. */
	Optional<CaseCategory> find(String code) {
		return this.categories.find(code).filter(this::offers);
	}

	private boolean offers(CaseCategory category) {
		return category.active() && category.publicVisible() && this.categories.isLeaf(category.code());
	}

	/** One entry of {@code GET services}. */
	Open311Body.Fields service(CaseCategory category, Locale locale) {
		List<CaseCategory> ancestors = ancestors(category);
		String group = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1).name(locale);
		List<String> keywords = new ArrayList<>(ancestors.stream().map((above) -> above.name(locale)).toList());
		keywords.add(category.name(locale));
		return Open311Body.fields()
			.put("service_code", category.code())
			.put("service_name", category.name(locale))
			.put("description", description(category, ancestors, locale))
			.put("metadata", !category.attributes().isEmpty())
			.put("type", "realtime")
			.put("keywords", String.join(",", keywords))
			.put("group", group);
	}

	/** {@code GET services/{code}}: the service's attributes. */
	Open311Body.Fields definition(CaseCategory category, Locale locale) {
		List<Open311Body.Fields> attributes = new ArrayList<>();
		int order = 1;
		for (CategoryAttribute attribute : category.attributes()) {
			List<Open311Body.Fields> values = attribute.values()
				.stream()
				.map((value) -> Open311Body.fields()
					.put("key", value.key())
					.put("name", "en".equals(locale.getLanguage()) ? value.nameEn() : value.nameZh()))
				.toList();
			attributes.add(Open311Body.fields()
				.put("variable", true)
				.put("code", attribute.code())
				.put("datatype", attribute.datatype())
				.put("required", attribute.required())
				.put("datatype_description",
						this.writer.message("open311.datatype." + attribute.datatype(), null, locale))
				.put("order", order++)
				.put("description", attribute.description(locale))
				.put("values", new Open311Body.Many("value", values)));
		}
		return Open311Body.fields()
			.put("service_code", category.code())
			.put("attributes", new Open311Body.Many("attribute", attributes));
	}

	/** Its place in the tree and how soon such a case is handled by default. */
	private String description(CaseCategory category, List<CaseCategory> ancestors, Locale locale) {
		List<String> path = new ArrayList<>(ancestors.stream().map((above) -> above.name(locale)).toList());
		path.add(category.name(locale));
		Priority priority = category.defaultPriority();
		int minutes = (int) category.sla().limit(Stage.HANDLE, priority).toMinutes();
		String key;
		int amount;
		if (priority == Priority.URGENT) {
			key = "open311.service.description.hours";
			amount = Math.max(1, minutes / 60);
		}
		else if (minutes % WORKING_DAY == 0) {
			key = "open311.service.description.days";
			amount = minutes / WORKING_DAY;
		}
		else {
			key = "open311.service.description.working-hours";
			amount = Math.max(1, Math.round(minutes / 60f));
		}
		return this.writer.message(key, new Object[] { String.join(" / ", path), amount }, locale);
	}

	private List<CaseCategory> ancestors(CaseCategory category) {
		List<CaseCategory> above = new ArrayList<>();
		String parent = category.parentCode();
		while (parent != null) {
			Optional<CaseCategory> found = this.categories.find(parent);
			if (found.isEmpty()) {
				break;
			}
			above.add(0, found.get());
			parent = found.get().parentCode();
		}
		return above;
	}

}
