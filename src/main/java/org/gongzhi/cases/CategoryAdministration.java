package org.gongzhi.cases;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.shared.problem.ConflictException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes categories. Every change writes a new version, so that cases created
 * with an earlier one keep their time limits.
 */
@Service
class CategoryAdministration {

	private final CategoryCatalog catalog;

	private final CategoryStore store;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CategoryAdministration(CategoryCatalog catalog, CategoryStore store, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	CaseCategory add(CategoryForm form, long userId) {
		if (form.code() == null || form.parentCode() == null || form.parentCode().isBlank()) {
			throw new InvalidInputException("cases.category.code-required");
		}
		if (this.catalog.find(form.code()).isPresent()) {
			throw new ConflictException("cases.category.code-taken", form.code());
		}
		CaseCategory parent = this.catalog.get(form.parentCode());
		if (!form.code().startsWith(parent.code()) || form.code().length() <= parent.code().length()) {
			throw new InvalidInputException("cases.category.bad-parent", form.code(), parent.code());
		}
		if (form.nameZh() == null || form.nameEn() == null) {
			throw new InvalidInputException("cases.category.name-required");
		}
		CaseCategory category = new CaseCategory(0, form.code(), 1, parent.code(),
				orElse(form.sortOrder(), this.catalog.children(parent.code()).size() + 1), form.nameZh().strip(),
				form.nameEn().strip(), orElse(form.unitType(), parent.unitType()),
				orElse(form.defaultPriority(), parent.defaultPriority()), sla(form, parent.sla()),
				orElse(form.publicVisible(), parent.publicVisible()), orElse(form.active(), true),
				attributes(form, List.of()), null);
		return save(category, userId, "CASE_CATEGORY_ADDED");
	}

	@Transactional
	CaseCategory change(String code, CategoryForm form, long userId) {
		CaseCategory current = this.catalog.get(code);
		if (form.version() != null && form.version() != current.version()) {
			throw new ConflictException("cases.category.changed-meanwhile", code);
		}
		CaseCategory next = new CaseCategory(0, code, current.version() + 1, current.parentCode(),
				orElse(form.sortOrder(), current.sortOrder()), orElse(strip(form.nameZh()), current.nameZh()),
				orElse(strip(form.nameEn()), current.nameEn()), orElse(form.unitType(), current.unitType()),
				orElse(form.defaultPriority(), current.defaultPriority()), sla(form, current.sla()),
				orElse(form.publicVisible(), current.publicVisible()), orElse(form.active(), current.active()),
				attributes(form, current.attributes()), null);
		return save(next, userId, "CASE_CATEGORY_CHANGED");
	}

	private CaseCategory save(CaseCategory category, long userId, String action) {
		try {
			this.store.add(category, userId, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("cases.category.changed-meanwhile", category.code());
		}
		this.audit.record(action, category.code(), AuditEntry.Outcome.SUCCESS, "version " + category.version());
		this.events.publishEvent(new CategoryCatalog.CategoriesChanged(category.code()));
		return this.store.versionsOf(category.code()).get(0);
	}

	private static Sla sla(CategoryForm form, Sla fallback) {
		if (form.sla() == null) {
			return fallback;
		}
		try {
			return new Sla(form.sla());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("cases.category.bad-sla", Sla.MAX_MINUTES);
		}
	}

	private static List<CategoryAttribute> attributes(CategoryForm form, List<CategoryAttribute> fallback) {
		if (form.attributes() == null) {
			return fallback;
		}
		Set<String> codes = new HashSet<>();
		return form.attributes().stream().map((attribute) -> {
			if (!CategoryAttribute.DATATYPES.contains(attribute.datatype())) {
				throw new InvalidInputException("cases.category.bad-datatype", attribute.datatype());
			}
			if (!codes.add(attribute.code())) {
				throw new InvalidInputException("cases.category.duplicate-attribute", attribute.code());
			}
			List<CategoryAttribute.Value> values = (attribute.values() != null) ? attribute.values()
				.stream()
				.map((value) -> new CategoryAttribute.Value(value.key(), value.nameZh(), value.nameEn()))
				.toList() : List.of();
			CategoryAttribute result = new CategoryAttribute(attribute.code(), attribute.datatype(),
					Boolean.TRUE.equals(attribute.required()), attribute.descriptionZh(), attribute.descriptionEn(),
					values);
			if (result.isList() && values.isEmpty()) {
				throw new InvalidInputException("cases.category.list-without-values", attribute.code());
			}
			return result;
		}).toList();
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

	private static <T> T orElse(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
